"""The take-home handout: one printable page at the end of a counselling session.

What the mother takes home, in her language: the questions she asked with the plain part of each
answer (not the detail for health workers, not the buttons), the massage steps with the back diagram
(content/guide.yaml), the danger signs that mean "go now" (the referral answers named in
content/handout.yaml) and one numbered list of references. Built as Markdown, and as HTML with print
styles from the same parts. Plain Python: no Textual; the app saves or delivers what this returns.
"""

from __future__ import annotations

import base64
import html
import re
from collections import Counter
from datetime import datetime

from .formatting import escape_markdown
from .i18n import LANGUAGES, format_datetime, translator
from .present import present


class Handout:
    """title, lang, markdown, html, and the file name stem (``oxybot-handout-20260101-093000``)."""

    __slots__ = ("title", "lang", "markdown", "html", "stem")

    def __init__(self, title: str, lang: str, markdown: str, html_text: str, stem: str) -> None:
        self.title, self.lang, self.markdown, self.html, self.stem = title, lang, markdown, html_text, stem


def mother_language(conversation, default: str) -> str:
    """The language most of her questions were answered in (the interface language when none)."""
    counts = Counter(e.answer.lang for e in conversation.exchanges if e.answer.lang in LANGUAGES)
    return counts.most_common(1)[0][0] if counts else default


def _localized(value, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return "" if value is None else str(value)


_MARK = re.compile(r"\[(\d+)\]")


class _References:
    """One numbered list for the whole handout; each answer's own markers are renumbered into it."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.texts: list[str] = []

    def number(self, key: str, text: str) -> int:
        if key not in self.numbers:
            self.texts.append(text)
            self.numbers[key] = len(self.texts)
        return self.numbers[key]

    def renumber(self, marked: str, local_refs) -> str:
        local = {ref.number: self.number(ref.key, ref.text) for ref in local_refs}
        return _MARK.sub(lambda m: f"[{local[int(m.group(1))]}]" if int(m.group(1)) in local else m.group(0), marked)


def _in_language(exchange, engine, lang: str):
    """The answer as given, or, if it was given in the other language, its intent's answer in ``lang``."""
    answer = exchange.answer
    if answer.lang == lang or not answer.intent or engine.intent(answer.intent) is None or answer.red_flag:
        return answer  # a referral keeps the signs she said, in the words she said them
    return engine.answer_intent(answer.intent, lang, question=exchange.question)


def build(conversation, engine, lang: str, moment: datetime | None = None) -> Handout:
    """The handout of ``conversation`` in ``lang`` (headings, guide, danger signs and re-asked answers)."""
    _ = translator(lang).gettext
    moment = moment or conversation.clock()
    refs = _References()
    content = engine.content
    title = _("Take-home sheet")
    disclaimer = _("General education from a literature review; not a diagnosis. For any worry, see a health worker.")

    md: list[str] = [f"# oxybot: {title}", "", f"*{format_datetime(moment, lang)}*", "", f"*{disclaimer}*", ""]
    body: list[str] = []  # HTML

    def md_to_html(text: str) -> str:
        from markdown_it import MarkdownIt

        return MarkdownIt("commonmark", {"html": False}).render(text)  # content is never raw HTML

    # 1. her questions and the plain part of each answer
    asked = [e for e in conversation.exchanges if not e.answer.topic.startswith("meta.")]
    md += ["## " + _("Your questions"), ""]
    body.append(f"<section class='questions'><h2>{html.escape(_('Your questions'))}</h2>")
    if not asked:
        md += [_("No questions were asked."), ""]
        body.append(f"<p>{html.escape(_('No questions were asked.'))}</p>")
    for n, exchange in enumerate(asked, 1):
        view = present(_in_language(exchange, engine, lang))
        text = refs.renumber(view.text, view.references)
        question = exchange.question.strip() or "…"
        md += [f"### {n}. {escape_markdown(question)}", ""]
        body.append("<article class='exchange'>")
        body.append(f"<h3>{n}. {html.escape(question)}</h3>")
        if view.danger_headline:
            md += [f"> **⚠ {view.danger_headline}**", ""]
            body.append(f"<p class='danger'>⚠ {html.escape(view.danger_headline)}</p>")
        md += [text, ""]
        body.append(md_to_html(text))
        body.append("</article>")
    body.append("</section>")

    # 2. the massage, step by step, with the back diagram
    guide = content.extras.get("guide")  # an extras.Guide, checked by `oxybot check`
    if guide is not None and guide.steps:
        heading = _localized(guide.title, lang) or _("Oxytocin massage, step by step")
        md += ["## " + heading, ""]
        body.append(f"<section class='guide'><h2>{html.escape(heading)}</h2><ol class='steps'>")
        for n, step in enumerate(guide.steps, 1):
            marks = "".join(f"[{refs.number(k, content.sources[k].short)}]"
                            for k in step.cite if k in content.sources)
            line = _localized(step.text, lang) + (" " + marks if marks else "")
            md.append(f"{n}. {line}")
            body.append(f"<li>{html.escape(line)}</li>")
        md.append("")
        body.append("</ol>")
        diagram = (guide.diagram or "").rstrip("\n")
        if diagram:
            where = _("Where to massage")
            legend = [(item.symbol, _localized(item.text, lang)) for item in guide.legend]
            md += ["### " + where, "", "```", diagram, "```", ""]
            md += [f"- **{escape_markdown(symbol)}** {escape_markdown(text)}" for symbol, text in legend] + [""]
            body.append(f"<figure class='diagram'><figcaption>{html.escape(where)}</figcaption>"
                        f"<pre>{html.escape(diagram)}</pre><dl>")
            body += [f"<dt>{html.escape(symbol)}</dt><dd>{html.escape(text)}</dd>" for symbol, text in legend]
            body.append("</dl></figure>")
        if guide.timer.label:
            md += [f"*{_localized(guide.timer.label, lang)}*", ""]
            body.append(f"<p class='timer'>{html.escape(_localized(guide.timer.label, lang))}</p>")
        body.append("</section>")

    # 3. the danger signs that mean "go now"
    go_now = [engine.answer_intent(i, lang) for i in content.go_now if engine.intent(i) is not None]
    if go_now:
        heading = _("Go now: danger signs")
        md += ["## ⚠ " + heading, ""]
        body.append(f"<section class='go-now'><h2>⚠ {html.escape(heading)}</h2>")
        for answer in go_now:
            view = present(answer)
            text = refs.renumber(view.text, view.references)
            md += [text, ""]
            body.append(f"<div class='sign'>{md_to_html(text)}</div>")
        body.append("</section>")

    # 4. one list of references
    if refs.texts:
        heading = _("References")
        md += ["## " + heading, ""] + [f"{n}. {text}" for n, text in enumerate(refs.texts, 1)] + [""]
        body.append(f"<section class='references'><h2>{html.escape(heading)}</h2><ol>")
        body += [f"<li>{html.escape(text)}</li>" for text in refs.texts]
        body.append("</ol></section>")

    markdown = "\n".join(md).rstrip() + "\n"
    stem = f"oxybot-handout-{moment:%Y%m%d-%H%M%S}"
    # The Markdown copy travels inside the page (a browser allows one download at a time, and the page
    # must load nothing from elsewhere); not printed.
    packed = base64.b64encode(markdown.encode("utf-8")).decode("ascii")
    body.append(f"<p class='copy'><a download='{stem}.md' href='data:text/markdown;charset=utf-8;base64,{packed}'>"
                f"{html.escape(_('Save the Markdown copy'))}</a></p>")
    page = PAGE.format(lang=lang, title=html.escape(f"oxybot: {title}"), heading=html.escape(title),
                       date=html.escape(format_datetime(moment, lang)), disclaimer=html.escape(disclaimer),
                       body="\n".join(body))
    return Handout(title, lang, markdown, page, stem)


# A page that reads on a phone and prints on A4: system fonts only, nothing loaded from outside.
PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
  body {{ font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.45;
          max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; color: #1b1b1b; }}
  h1 {{ font-size: 1.6rem; margin-bottom: 0; color: #236b60; }}
  h2 {{ font-size: 1.25rem; border-bottom: 2px solid #3fa796; padding-bottom: .2rem; margin-top: 1.8rem; }}
  h3 {{ font-size: 1.05rem; margin-bottom: .3rem; }}
  .date, .disclaimer {{ color: #555; font-style: italic; margin: .2rem 0; }}
  .danger {{ font-weight: bold; color: #a4161a; }}
  .go-now {{ border: 3px solid #a4161a; border-radius: 6px; padding: 0 1rem 1rem; }}
  .go-now h2 {{ color: #a4161a; border-bottom-color: #a4161a; }}
  .diagram pre {{ font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: .85rem;
                  line-height: 1.15; }}
  .diagram dl {{ display: grid; grid-template-columns: auto 1fr; gap: .2rem 1rem; }}
  .diagram dt {{ font-weight: bold; }}
  .diagram dd {{ margin: 0; }}
  .steps li {{ margin-bottom: .4rem; }}
  @page {{ size: A4; margin: 15mm; }}
  @media print {{
    body {{ margin: 0; max-width: none; font-size: 11pt; }}
    h2 {{ break-after: avoid; }}
    .exchange, .diagram, .sign, .steps li {{ break-inside: avoid; }}
    .guide {{ break-before: page; }}
    a {{ color: inherit; text-decoration: none; }}
    .copy {{ display: none; }}
  }}
</style>
</head>
<body>
<h1>oxybot: {heading}</h1>
<p class="date">{date}</p>
<p class="disclaimer">{disclaimer}</p>
{body}
</body>
</html>
"""
