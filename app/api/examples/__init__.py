"""OpenAPI examples: the project's seed article (Arabic), shown in /docs."""

from pathlib import Path

SEED_TEXT = (Path(__file__).parent / "seed-ar-derna-2017.txt").read_text(encoding="utf-8")

ARTICLE_EXAMPLES = {
    "seed-ar": {
        "summary": "Arabic: Egyptian air strikes on Derna, and the Minya attack (seed article)",
        "value": {
            "text": SEED_TEXT,
            "title": "مصر تعتزم الاستمرار في تنفيذ غاراتها على المتشددين الإسلاميين في درنة",
            "source": "Nour News",
            "published_at": "2017-05-30",
            "language": "ar",
        },
    },
    "en": {
        "summary": "English: a short wire report",
        "value": {
            "text": "Gunmen killed 12 villagers and wounded five others in an attack on "
            "Zabarmari in Borno state, Nigeria, on Saturday, officials said.",
            "published_at": "2020-11-30",
            "language": "en",
        },
    },
}
