#!/usr/bin/env python3
"""Writes N briefs that all differ, made from one seed: FOLDER/brief-001/brief.md … FOLDER/brief-NNN/brief.md.

Each brief gets its own title, and every paragraph, list item and table row has words swapped and numbers
changed, deterministically (brief i is the same on every run), so a content-keyed cache cannot serve one brief's
work for another's and the bench measures N real builds.
    python3 bench/many_briefs.py SEED.md FOLDER N
"""
import random
import re
import sys

WORDS = ["harbour", "granary", "railway", "council", "village", "fisheries", "orchard", "pipeline", "customs",
         "licence", "dialogue", "province", "mountain", "medicine", "treaty", "vaccine", "library", "tariff",
         "budget", "station", "bridges", "wetland", "seaport", "charter", "archive", "lending", "quarry",
         "transit", "academy", "courier", "cotton", "reservoir", "tribunal", "language", "satellite", "harvest"]
# A lower-case word of five letters or more that is not part of an anchor, a cross-reference or a longer token.
WORD = re.compile(r"(?<![\w#@{-])([a-z]{5,})(?![\w}-])")
DIGIT_FREE_CELL = re.compile(r"\|\s*([^|]*?)\s*(?=\|\s*$)")


def vary_line(line: str, rng: random.Random) -> str:
    """Swaps about one long word in five and adds a figure, keeping the line's Markdown shape."""
    line = WORD.sub(lambda m: rng.choice(WORDS) if rng.random() < 0.2 else m.group(1), line)
    if line.startswith("|"):
        # A table row: a number in its last cell.
        return DIGIT_FREE_CELL.sub(lambda m: f"| {m.group(1)} ({rng.randint(2, 97)} %) ", line, count=1)
    if line.startswith("Table: "):
        return line
    return line + f" ({rng.randint(1_000, 999_999):,} in {rng.randint(1991, 2026)}: {rng.uniform(1, 99):.1f} %)"


def vary(seed: str, i: int) -> str:
    rng = random.Random(i)
    head, sep, body = seed.partition("\n---\n")
    head = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)}, Brief No. {i}", head, count=1, flags=re.M)
    out = []
    for line in body.split("\n"):
        if line.strip() == "" or line.startswith("#") or re.fullmatch(r"\|[-:| ]+\|", line.strip()) or line.startswith("<"):
            out.append(line)
        else:
            out.append(vary_line(line, rng))
    return head + sep + "\n".join(out)


def main() -> None:
    seed_path, folder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = open(seed_path, encoding="utf-8").read()
    width = max(3, len(str(n)))
    import os
    for i in range(1, n + 1):
        path = os.path.join(folder, f"brief-{i:0{width}d}")
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "brief.md"), "w", encoding="utf-8") as f:
            f.write(vary(seed, i))


if __name__ == "__main__":
    main()
