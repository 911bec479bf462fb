"""The `oxybot` command line. Textual is imported only when the app starts: `ask` is the fast path."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _add_content(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", metavar="DIR", default=argparse.SUPPRESS,
                   help="content folder (default: the content shipped with oxybot)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return value


def _terminal_columns() -> int:
    """The terminal width exactly as shutil.get_terminal_size() finds it: COLUMNS, else the terminal, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's own formatter and width. argparse formats every argument as it is added, and its
    formatter imports shutil (with bz2 and lzma) only for the terminal width: ~2 ms of a cold `ask`."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)  # sub-commands are made with this class too
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command`` (the first argument, when it names one), only that sub-command is
    added: it parses and reports alike, and the other four cost ~2 ms of every cold `oxybot ask`."""
    parser = _Parser(
        prog="oxybot",
        description="Bilingual (Indonesian/English) answers about breastfeeding, the let-down reflex and "
                    "oxytocin massage, from one cited literature review. Without a command, starts the app.",
    )
    _add_content(parser)
    parser.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS,
                        help="app language (default: from the system locale)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    if command in (None, "ask"):
        ask = sub.add_parser("ask", help="answer a question ('-' reads one question per line from stdin)")
        ask.add_argument("question", nargs="+", help="the question, or '-' for a batch from stdin")
        ask.add_argument("--lang", choices=["auto", "id", "en"], default="auto", help="answer language (default: auto)")
        ask.add_argument("--json", action="store_true", help="one JSON object per question")
        ask.add_argument("--conversation", action="store_true",
                         help="with '-': consecutive lines are turns of one conversation (a follow-up leans on "
                              "what came before); a blank line ends it and starts the next")
        _add_content(ask)

    if command in (None, "check"):
        check = sub.add_parser("check", help="validate content; exit 1 on any error")
        _add_content(check)

    if command in (None, "eval"):
        ev = sub.add_parser("eval", help="accuracy on a labelled question file")
        ev.add_argument("file", type=Path)
        ev.add_argument("--json", action="store_true")
        ev.add_argument("--min-accuracy", type=float, default=None, metavar="X",
                        help="exit 1 when top-1 accuracy is below X (0-1)")
        ev.add_argument("--no-context", action="store_true",
                        help="dialogue files: answer every turn on its own (the baseline)")
        _add_content(ev)

    if command in (None, "topics"):
        topics = sub.add_parser("topics", help="topics with their intents and languages")
        topics.add_argument("--json", action="store_true")
        _add_content(topics)

    if command in (None, "serve"):
        serve = sub.add_parser("serve", help="serve the app to a browser (textual-serve)")
        serve.add_argument("--host", default="127.0.0.1")
        serve.add_argument("--port", type=int, default=8000)
        serve.add_argument("--max-sessions", type=_positive, default=None, metavar="N",
                           help="app processes at once; the next visitor is asked to try later "
                                "(default: $OXYBOT_SERVE_MAX_SESSIONS, else 8)")
        serve.add_argument("--allow-host", action="append", default=None, metavar="NAME",
                           help="a name browsers use to reach this server through a reverse proxy "
                                "(repeatable); other Host names are refused")
        serve.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS)
        _add_content(serve)
    return parser


def _stdout_safe() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass


_JSON_UNSAFE = {code: f"\\u{code:04x}" for code in [*range(0x80, 0xA0), 0x2028, 0x2029]}


def json_line(data) -> str:
    """One JSON object on one line, safe for line-based readers and terminals: besides what json
    escapes, C1 controls (U+0080-009F) and the Unicode line and paragraph separators are escaped."""
    import json

    return json.dumps(data, ensure_ascii=False).translate(_JSON_UNSAFE)


def printable(text: str) -> str:
    """Text from content or file names, safe to print: control characters (ESC, C1, DEL, ...) and line
    separators shown as escapes, never sent to the terminal."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" if ord(ch) < 0x100
                   else f"\\u{ord(ch):04x}" for ch in str(text))


def report_content_issues(issues) -> int:
    """The one report of broken content, for every command: each issue, then what to do."""
    for issue in issues:
        print(printable(issue), file=sys.stderr)
    print(f"oxybot: the content has {len(issues)} error(s); run 'oxybot check'", file=sys.stderr)
    return EXIT_FAIL


def _load_engine(content):
    import gc

    # the engine's modules and its unpickled cache are tens of thousands of objects that live as long
    # as the command and are no garbage: the cyclic collector's passes over them cost a sixth of a cold
    # `ask` for nothing, so it waits, and then leaves them alone (freeze: the command keeps one engine)
    gc.disable()
    try:
        from .engine.content import ContentError
        from .engine.load import load_engine

        try:
            return load_engine(content)
        except ContentError as exc:
            report_content_issues(exc.issues)
            return None
    finally:
        gc.freeze()
        gc.enable()


# -- ask ----------------------------------------------------------------------------------------
def _render_text(result) -> str:
    from .present import as_text, present

    return as_text(present(result))


def _json_line(result) -> str:
    data = result.to_dict()
    data["candidates"] = data["candidates"][:3]
    return json_line(data)


MAX_LINE_BYTES = 1 << 20
"""The most of one input line kept (the engine scores only the first 1,000 characters anyway)."""


def stdin_lines():
    """Questions from standard input, one per line, each as soon as it arrives (a pipe gets its
    answers as it goes); memory stays bounded by one line, at most MAX_LINE_BYTES of it."""
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    while True:
        if stream is not None:
            raw = stream.readline(MAX_LINE_BYTES)
            if raw and not raw.endswith(b"\n") and len(raw) >= MAX_LINE_BYTES:
                while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of an endless line
            text = raw.decode("utf-8", errors="replace")
        else:
            text = sys.stdin.readline(MAX_LINE_BYTES)
        if not text:
            return
        yield text.rstrip("\n").rstrip("\r")


def _error_row(question: str, lang: str | None, error: str) -> dict:
    """A line the engine could not answer: every field of an answer (empty), plus the error."""
    from .engine.engine import Answer

    row = Answer(question=question, lang=lang or "", topic="out_of_scope", intent=None, score=0.0, answer="",
                 citations=[], suggestions=[], followups=[], red_flag=False).to_dict()
    return {**row, "error": error}


def cmd_ask(args) -> int:
    engine = _load_engine(getattr(args, "content", None))
    if engine is None:
        return EXIT_FAIL
    lang = None if args.lang == "auto" else args.lang
    batch = args.question == ["-"]
    if batch and sys.stdin is None:
        print("oxybot ask: standard input is closed; give the question, or pipe questions into 'ask -'",
              file=sys.stderr)
        return EXIT_USAGE
    questions = stdin_lines() if batch else [" ".join(args.question)]
    convo = None
    if args.conversation:
        from .engine.dialogue import Conversation

        convo = Conversation()
    for question in questions:
        if convo is not None and not question.strip():
            convo.clear()  # a blank line: the next line starts a new conversation, and prints nothing
            continue
        try:
            result = engine.answer(question, lang=lang, context=convo)
        except Exception as exc:  # noqa: BLE001 - one bad line must never stop a batch
            error = f"{type(exc).__name__}: {exc}"
            print(json_line(_error_row(question, lang, error)) if args.json else f"error: {printable(error)}",
                  flush=batch)
            continue
        if args.json:
            print(_json_line(result), flush=batch)
        elif batch:
            refs = "; ".join(c.reference for c in result.citations)
            print(f"{result.topic}\t{' '.join(result.answer.split())}\t[{refs}]", flush=True)
        else:
            print(_render_text(result))
    return EXIT_OK


# -- check ----------------------------------------------------------------------------------------
def cmd_check(args) -> int:
    from .engine.content import load_content

    content, issues = load_content(getattr(args, "content", None))
    for issue in issues:
        print(printable(issue))
    if issues:
        print(f"{len(issues)} error(s)", file=sys.stderr)
        return EXIT_FAIL
    from .engine.engine import routing_warnings

    # the cached engine when the files are unchanged: a fresh build is a third of the check's time
    engine = _load_engine(getattr(args, "content", None))
    for warning in routing_warnings(content, engine):  # printed, never fatal: see routing_warnings
        print(warning)
    n_examples = sum(len(v) for i in content.intents for v in i.examples.values())
    print(f"content ok ({len(content.intents)} intents, {n_examples} examples, {len(content.sources)} sources, "
          f"{len(content.red_flags)} danger signs)", file=sys.stderr)
    return EXIT_OK


# -- eval -----------------------------------------------------------------------------------------
def cmd_eval(args) -> int:
    import json

    from .engine.evaluate import EvalFileError, evaluate, load_questions, triage_lines

    if _is_dialogue_file(args.file):
        return _eval_dialogues(args)
    try:
        questions = load_questions(args.file)
    except EvalFileError as exc:
        print(printable(exc), file=sys.stderr)
        return EXIT_FAIL
    engine = _load_engine(getattr(args, "content", None))
    if engine is None:
        return EXIT_FAIL
    report = evaluate(engine, questions)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2).translate(_JSON_UNSAFE))
    else:
        d = report.to_dict()
        print(f"questions: {d['total']}")
        print(f"top-1 accuracy: {d['top1_accuracy']:.2%}")
        print(f"top-3 accuracy: {d['top3_accuracy']:.2%}")
        for lang, v in d["by_lang"].items():
            print(f"  top-1 accuracy [{lang}]: {v['accuracy']:.2%} (n={v['n']})")
        print(f"out-of-scope precision: {d['out_of_scope_precision']:.2%}")
        print(f"out-of-scope recall: {d['out_of_scope_recall']:.2%}")
        for line in triage_lines(d):
            print(line)
        if d["by_style"]:
            print("per style:")
            for style, v in d["by_style"].items():
                print(f"  {style:32} {v['accuracy']:7.2%} (n={v['n']})")
        print("per topic:")
        for topic, v in d["by_topic"].items():
            print(f"  {topic:32} {v['accuracy']:7.2%} (n={v['n']})")
        print(f"misses: {len(report.misses)}")
        for m in report.misses:
            print(printable(f"  [{m.lang}] {m.question!r}: expected {m.expected}, got {m.got} ({m.intent}, {m.score:.3f})"))
    if args.min_accuracy is not None and report.accuracy < args.min_accuracy:
        print(f"top-1 accuracy {report.accuracy:.2%} is below {args.min_accuracy:.2%}", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def _is_dialogue_file(path: Path) -> bool:
    """A dialogue file has a top-level 'dialogues:' key (a question file has 'questions:')."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return any(line.startswith("dialogues:") for line in fh)
    except OSError:
        return False


def _eval_dialogues(args) -> int:
    """First-turn, follow-up and topic-shift accuracy of a dialogue file, each turn in its conversation."""
    import json

    from .engine.evaluate_dialogues import DialogueFileError, evaluate_dialogues, load_dialogues, render_text

    try:
        dialogues = load_dialogues(args.file)
    except DialogueFileError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAIL
    engine = _load_engine(getattr(args, "content", None))
    if engine is None:
        return EXIT_FAIL
    report = evaluate_dialogues(engine, dialogues, use_context=not args.no_context)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render_text(report))
    if args.min_accuracy is not None and report["accuracy"] < args.min_accuracy:
        print(f"accuracy {report['accuracy']:.2%} is below {args.min_accuracy:.2%}", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


# -- topics ---------------------------------------------------------------------------------------
def cmd_topics(args) -> int:
    import json

    from .engine.content import load_content

    content, issues = load_content(getattr(args, "content", None))
    if content is None or issues:  # broken content is never listed as if it worked
        return report_content_issues(issues)
    rows = []
    for topic in content.topics.values():
        intents = [i for i in content.intents if i.topic == topic.id]
        rows.append({
            "topic": topic.id, "title": topic.title,
            "intents": [{"id": i.id, "languages": sorted(i.answer)} for i in intents],
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2).translate(_JSON_UNSAFE))
    else:
        for row in rows:
            ids = ", ".join(f"{i['id']} ({'/'.join(i['languages'])})" for i in row["intents"]) or "-"
            print(printable(f"{row['topic']:28} {row['title'].get('en', '')}"))
            print(printable(f"{'':28} {ids}"))
    return EXIT_OK


# -- the app --------------------------------------------------------------------------------------
def cmd_app(args) -> int:
    from .app.app import run_app

    issues, code = run_app(content=getattr(args, "content", None), lang=getattr(args, "lang", None))
    return report_content_issues(issues) if issues else code


def cmd_serve(args) -> int:
    from .engine.content import ContentError
    from .serve import serve

    try:
        return serve(host=args.host, port=args.port, content=getattr(args, "content", None),
                     lang=getattr(args, "lang", None), max_sessions=args.max_sessions,
                     allow_hosts=args.allow_host)
    except ContentError as exc:
        return report_content_issues(exc.issues)


COMMANDS = {"ask": cmd_ask, "check": cmd_check, "eval": cmd_eval, "topics": cmd_topics, "serve": cmd_serve}


def main(argv: list[str] | None = None) -> int:
    _stdout_safe()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv[0] if argv and argv[0] in COMMANDS else None).parse_args(argv)
    handler = COMMANDS.get(args.command, cmd_app)
    try:
        code = handler(args)
        sys.stdout.flush()  # here, not at exit: a full disk is reported, not an ignored traceback
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `oxybot ask - | head`: the reader has all it wanted
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRORS:
            raise
        _silence_stdout()
        print(f"oxybot: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL


_OUTPUT_ERRORS = {28, 5, 27, 122}  # ENOSPC, EIO, EFBIG, EDQUOT


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush has nothing left to fail on."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
