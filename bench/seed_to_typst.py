#!/usr/bin/env python3
"""Turns a brief's Markdown into Typst markup for bench/compare.sh's Typst row (the peer's PDF-only time).

Covers what the seed uses: the title, headings, paragraphs, bold and italic, bullet and numbered lists, table
captions and pipe tables (as Typst tables, so the peer lays out the same six tables). Everything else is escaped
as text. Usage: seed_to_typst.py brief.md out.typ
"""
import re
import sys

SPECIAL = re.compile(r"([\\#@$<>\[\]`~=+/])")


def inline(text: str) -> str:
    text = SPECIAL.sub(r"\\\1", text)
    text = text.replace("_", r"\_")
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: "*" + m.group(1).replace("*", "") + "*", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"_\1_", text)
    return text


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def main(source: str, target: str) -> None:
    raw = open(source, encoding="utf-8").read()
    title = ""
    if raw.startswith("---\n"):
        front, raw = raw[4:].split("\n---\n", 1)
        m = re.search(r"^title:\s*(.+)$", front, re.M)
        title = m.group(1).strip() if m else ""
    out = ['#set text(font: "Noto Serif", size: 10.5pt, lang: "en")', '#set page(paper: "a4", margin: 2cm)',
           "#set par(justify: true)", '#show heading: set text(font: "Noto Sans")']
    if title:
        out.append(f"#align(center)[#text(size: 20pt, weight: \"bold\")[{inline(title)}]]")
    lines = raw.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                if not re.fullmatch(r"\|?[\s:|-]+\|?", lines[i]):
                    rows.append(cells(lines[i]))
                i += 1
            columns = max(len(r) for r in rows)
            body = ", ".join(f"[{inline(c)}]" for r in rows for c in r + [""] * (columns - len(r)))
            out.append(f"#table(columns: {columns}, {body})")
            continue
        heading = re.match(r"(#+) (.*?)( \{#.*\})?$", line)
        caption = re.match(r"Table: (.*?)( \{#.*\})?$", line)
        item = re.match(r"(\s*)([-*]|\d+\.) (.*)$", line)
        if heading:
            out.append("=" * len(heading.group(1)) + " " + inline(heading.group(2)))
        elif caption:
            out.append(f"_{inline(caption.group(1))}_")
        elif item:
            marker = "-" if item.group(2) in "-*" else "+"
            out.append(f"{item.group(1)}{marker} {inline(item.group(3))}")
        else:
            out.append(inline(line))
        i += 1
    open(target, "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
