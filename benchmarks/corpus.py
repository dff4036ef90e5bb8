"""Generate the benchmark corpus: realistic scraped documents with the noise seedlint targets.

Documents are built from real text, the 600 pages of the boilerplate development set
(`shared/dev/boilerplate/*.txt`, mostly German and English, chrome included) and the two
seeds, and then damaged the way scrapers damage text:

- mojibake: a line's UTF-8 bytes read through a legacy codepage (cp1252, cp1250, cp1251,
  cp1256, cp874, iso8859-7, koi8-r, cp1255), as in `donâ€™t` or `staffโ€”a`;
- a few whole files in a legacy encoding (cp1252), which must be detected;
- lines holding only NBSP or zero-width characters, and stray zero-width characters;
- the host site's interface in another language (Arabic, Russian, Hindi, Chinese, Greek,
  Hebrew) around an English article, as in the seeds;
- comment forms, page chrome, share rows, counters, related-posts widgets, title slugs.

Half the documents are real pages left whole (noise added between their paragraphs); the
other half are English articles assembled from the long paragraphs of the English pages and
the seeds, dressed in the chrome of a foreign-language site.

Generation is deterministic: document `i` depends only on the seed and `i` (never on the
corpus size), so the 10 MB corpus is the first tenth of the 100 MB one, and two runs write
the same bytes. A corpus is written to `benchmarks/corpus/<name>/` (git-ignored), with
`manifest.json`; an existing corpus with the same manifest is reused.

    .venv/bin/python benchmarks/corpus.py 10MB 100MB small10k   # the benchmark's corpora
    .venv/bin/python benchmarks/corpus.py 64KB --out /tmp/c      # any size, anywhere
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = Path(__file__).resolve().parent / "corpus"
PAGES = ROOT.parent / "shared" / "dev" / "boilerplate"
SEEDS = ROOT / "seeds"
VERSION = 1  # bump when the generator's output changes, so old corpora are rebuilt


@dataclass(frozen=True)
class Spec:
    """What to write: up to `total` bytes or exactly `count` files, of whole or sized documents."""

    total: int | None = None
    count: int | None = None
    document_bytes: int | None = None  # None: documents of their natural size (2 KB to 100 KB)


PRESETS: dict[str, Spec] = {
    "10MB": Spec(total=10_000_000),
    "100MB": Spec(total=100_000_000),
    "small10k": Spec(count=10_000, document_bytes=1_000),  # the cache benchmark
}

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMG]?B)", re.IGNORECASE)

# Codepages that scraped text is misread through; the UTF-8 bytes of a line decode in them.
CODEPAGES = (
    "cp1252",
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1256",
    "cp874",
    "iso8859-7",
    "koi8-r",
    "cp1255",
)

# A host site's interface, as foreign-language news and forum sites show it (written for this
# benchmark from what such sites display; a real scrape has the same kind of lines).
INTERFACE = {
    "ar": [
        "البحث",
        "الأقسام",
        "إقرأ المزيد",
        "الرئيسية",
        "اتصل بنا",
        "تسجيل الدخول",
        "التعليقات",
        "شارك",
        "الأكثر قراءة",
        "1كيلو بايت",
        "أخبار عاجلة",
    ],
    "ru": [
        "Поиск",
        "Главная",
        "Читать далее",
        "Войти",
        "Комментарии",
        "Поделиться",
        "Популярное",
        "Все новости",
        "Подписаться",
    ],
    "hi": ["हिंदी", "खोजें", "होम", "और पढ़ें", "लॉग इन करें", "टिप्पणियाँ", "शेयर करें"],
    "zh": ["首页", "搜索", "阅读更多", "登录", "评论", "分享", "热门文章", "返回顶部"],
    "el": ["Αναζήτηση", "Αρχική", "Διαβάστε περισσότερα", "Σχόλια", "Κοινοποίηση"],
    "he": ["חיפוש", "דף הבית", "קרא עוד", "תגובות", "שתף", "התחברות"],
}
BYLINE_WORD = {
    "ar": "بواسطة",
    "ru": "Автор:",
    "hi": "द्वारा",
    "zh": "作者",
    "el": "Από",
    "he": "מאת",
}
SIZE_UNIT = {"ar": "كيلو بايت", "ru": "КБ", "hi": "केबी", "zh": "KB", "el": "KB", "he": "KB"}

COMMENT_FORM = [
    [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    ],
    ["Leave a Reply Cancel reply", "You must be logged in to post a comment."],
    [
        "Kommentar verfassen Antwort abbrechen",
        "Gib hier Deinen Kommentar ein ...",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Kommentar abschicken",
    ],
    ["Leave a comment", "Cancel reply", "Comments are closed."],
]
CHROME = [
    ["Back To Top"],
    ["Skip to content"],
    ["Share this:", "Twitter", "Facebook", "Email"],
    ["Home", "News", "Politics", "World", "Business", "Contact"],
    ["Print", "Share"],
    ["Powered by WordPress"],
    ["We use cookies to improve your experience. Accept"],
    ["Nach oben"],
    ["Related Posts"],
    ["Menu", "Search"],
]
COUNTERS = [["0"], ["Like", "1"], ["0", "Comments"], ["12 views"], ["Like", "0"]]
CATEGORIES = ["News & Politics", "Cloak & Dagger", "World", "Opinion", "Business", "Science"]
AUTHORS = ["NavyVetUnited", "Staff Writer", "J. Harper", "Newsdesk", "M. Alvarez", "admin"]


@dataclass(frozen=True)
class Sources:
    """The real text documents are built from, loaded once."""

    pages: tuple[str, ...]
    articles: tuple[tuple[str, ...], ...]  # the long paragraphs of each English page and seed
    english_paragraphs: tuple[str, ...]  # all of them
    headlines: tuple[str, ...]


@cache
def sources() -> Sources:
    pages: list[str] = []
    articles: list[tuple[str, ...]] = []
    headlines: list[str] = []
    for path in sorted(PAGES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pages.append(text)
        meta_path = path.with_suffix(".json")
        lang = (
            json.loads(meta_path.read_text(encoding="utf-8")).get("lang")
            if meta_path.exists()
            else None
        )
        paragraphs = _PARAGRAPH_BREAK.split(text.strip())
        if lang == "en":
            articles.append(tuple(p for p in paragraphs if len(p) >= 200 and "\n" not in p))
            headlines.extend(p for p in paragraphs[:3] if 30 <= len(p) <= 110 and "\n" not in p)
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs = _PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8").strip())
        articles.append(tuple(p for p in paragraphs if len(p) >= 200 and "\n" not in p))
    articles = [article for article in articles if article]
    english = tuple(p for article in articles for p in article)
    if not pages or not english or not headlines:
        raise SystemExit(f"corpus: no source pages found under {PAGES}")
    return Sources(tuple(pages), tuple(articles), english, tuple(headlines))


def mojibake(text: str, codepage: str) -> str | None:
    """`text` as a program that read its UTF-8 bytes as `codepage` shows it, if it can."""
    try:
        return text.encode("utf-8").decode(codepage)
    except UnicodeDecodeError:
        return None


def _typographic(line: str, rng: random.Random) -> str:
    """Give an ASCII line the curly quotes and dashes that mojibake usually hits."""
    line = line.replace("'", "\u2019")
    if " - " in line:
        return line.replace(" - ", "\u2014", 1)
    words = line.split(" ")
    if len(words) > 4:
        at = rng.randrange(1, len(words) - 1)
        words[at] = f"\u201c{words[at]}\u201d"
    return " ".join(words)


def _damage_lines(lines: list[str], rng: random.Random, count: int) -> None:
    """Turn `count` lines with text into mojibake through a random codepage."""
    candidates = [i for i, line in enumerate(lines) if len(line) > 20]
    for index in rng.sample(candidates, min(count, len(candidates))):
        line = lines[index]
        if line.isascii():
            line = _typographic(line, rng)
        for codepage in rng.sample(CODEPAGES, len(CODEPAGES)):
            damaged = mojibake(line, codepage)
            if damaged is not None and damaged != line:
                lines[index] = damaged
                break


def _slug(title: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "_", title)


def _widget(rng: random.Random, lang: str | None, count: int) -> list[str]:
    src = sources()
    block: list[str] = []
    for _ in range(count):
        excerpt = rng.choice(src.english_paragraphs)[: rng.randrange(60, 110)].rstrip() + "..."
        date = (
            f"20{rng.randrange(18, 26)}-{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02} "
            f"{rng.randrange(24):02}:{rng.randrange(60):02}:{rng.randrange(60):02}"
        )
        if lang:
            byline = (
                f"{BYLINE_WORD[lang]} {rng.choice(AUTHORS)} {date} {rng.randrange(3)} "
                f"{rng.randrange(1, 900)}{SIZE_UNIT[lang]}"
            )
        else:
            byline = f"By {rng.choice(AUTHORS)} - {date} - {rng.randrange(5, 5000)} views"
        block += [rng.choice(CATEGORIES), rng.choice(src.headlines), excerpt, byline]
    return block


def _noise_blocks(rng: random.Random, lang: str | None) -> list[list[str]]:
    """Chrome, forms, counters and interface lines, each a block of lines."""
    blocks: list[list[str]] = []
    if rng.random() < 0.6:
        blocks.append(list(rng.choice(COMMENT_FORM)))
    for _ in range(rng.randrange(0, 4)):
        blocks.append(list(rng.choice(CHROME)))
    if rng.random() < 0.4:
        blocks.append(list(rng.choice(COUNTERS)))
    if rng.random() < 0.3:
        blocks.append(_widget(rng, lang, rng.randrange(2, 6)))
    if lang:
        words = INTERFACE[lang]
        for _ in range(rng.randrange(1, 4)):
            blocks.append(rng.sample(words, rng.randrange(1, 4)))
    for _ in range(rng.randrange(0, 3)):  # lines that only look blank
        blocks.append([rng.choice(["\u00a0", " \u00a0 ", "\u200b", "\u00a0\u200b", "\u3000"])])
    return blocks


def _insert_blocks(paragraphs: list[str], blocks: list[list[str]], rng: random.Random) -> None:
    for block in blocks:
        at = rng.choice([0, len(paragraphs), *range(len(paragraphs))])
        paragraphs.insert(at, "\n".join(block) if rng.random() < 0.5 else "\n\n".join(block))


def _sprinkle(text: str, rng: random.Random) -> str:
    """A few zero-width characters and soft hyphens inside words, as copied HTML leaves."""
    if rng.random() >= 0.3:
        return text
    chars = list(text)
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(len(chars))
        if chars[at].isalpha():
            chars.insert(at, rng.choice(["\u200b", "\u00ad", "\u200d", "\ufeff"]))
    return "".join(chars)


def page_document(rng: random.Random) -> str:
    """A real page, whole, with noise added between its paragraphs."""
    text = rng.choice(sources().pages)
    paragraphs = _PARAGRAPH_BREAK.split(text.strip())
    lines = "\n\n".join(paragraphs).split("\n")
    _damage_lines(lines, rng, rng.choice([0, 0, 1, 2, 4]))
    paragraphs = _PARAGRAPH_BREAK.split("\n".join(lines))
    _insert_blocks(paragraphs, _noise_blocks(rng, None), rng)
    return _sprinkle("\n\n".join(paragraphs) + "\n", rng)


def article_document(rng: random.Random, target: int | None) -> str:
    """An English article on a foreign-language site, as in the seeds."""
    src = sources()
    lang = rng.choice([None, "ar", "ar", "ru", "hi", "zh", "el", "he"])
    title = rng.choice(src.headlines)
    paragraphs = [title]
    size = len(title)
    wanted = target if target is not None else rng.randrange(2_000, 25_000)
    while size < wanted:  # consecutive paragraphs of one real article, then of another
        article = rng.choice(src.articles)
        for paragraph in article[rng.randrange(len(article)) :]:
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
            if size >= wanted:
                break
    _damage_lines(paragraphs, rng, rng.choice([0, 1, 1, 2, 3]))
    small = target is not None and target < 4_000
    if small:  # a short file: one or two kinds of noise, not a whole page of it
        blocks = rng.sample(_noise_blocks(rng, lang) or [["Back To Top"]], 1)
    else:
        blocks = _noise_blocks(rng, lang)
    _insert_blocks(paragraphs, blocks, rng)
    if rng.random() < 0.25:
        paragraphs.insert(0, _slug(title))
    return _sprinkle("\n\n".join(paragraphs) + "\n", rng)


def document(seed: int, index: int, target: int | None = None) -> bytes:
    """Document `index` of the corpus with this seed: its bytes as written to disk."""
    rng = random.Random(f"seedlint-corpus:{seed}:{index}")
    if target is None and rng.random() < 0.5:
        text = page_document(rng)
    else:
        text = article_document(rng, target)
    if rng.random() < 0.01:  # a file saved in a legacy encoding, when its text allows
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8")


def parse_size(value: str) -> Spec:
    """A preset name, a total size (`10MB`, `64KB`), or `<count>x<size>` such as `100x1KB`."""
    if value in PRESETS:
        return PRESETS[value]
    if "x" in value.lower():
        count, each = value.lower().split("x", 1)
        return Spec(count=int(count), document_bytes=_bytes(each))
    return Spec(total=_bytes(value))


def _bytes(value: str) -> int:
    match = _SIZE.fullmatch(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (say 10MB, 64KB, 100x1KB)")
    scale = {"B": 1, "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}[match.group(2).upper()]
    return int(float(match.group(1)) * scale)


def build(name: str, out: Path | None = None, seed: int = 0) -> Path:
    """Write the corpus `name` (a preset or a size) and return its folder."""
    spec = parse_size(name)
    folder = out if out is not None else CORPUS_ROOT / name
    manifest = {
        "generator": VERSION,
        "name": name,
        "seed": seed,
        "target_bytes": spec.total,
        "target_files": spec.count,
        "document_bytes": spec.document_bytes,
    }
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        existing = json.loads(manifest_path.read_text(encoding="utf-8"))
        if {k: existing.get(k) for k in manifest} == manifest:
            return folder
    if folder.exists():
        shutil.rmtree(folder)
    written = index = 0
    while (spec.total is None or written < spec.total) and (
        spec.count is None or index < spec.count
    ):
        data = document(seed, index, spec.document_bytes)
        path = folder / f"{index // 100:04}" / f"doc_{index:06}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
        index += 1
    manifest.update(files=index, bytes=written)
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return folder


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", help="10MB, 100MB, small10k, or e.g. 64KB, 100x1KB")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="folder to write (one size only)")
    args = parser.parse_args()
    if args.out is not None and len(args.sizes) != 1:
        parser.error("--out takes one size")
    for name in args.sizes:
        folder = build(name, args.out, args.seed)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        print(f"{name}: {manifest['files']} files, {manifest['bytes']:,} bytes in {folder}")


if __name__ == "__main__":
    main()
