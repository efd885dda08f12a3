"""Clean + dedup throughput on a generated feed, as a ratio to plain feedparser.parse of the same bytes.

    python benchmarks/clean_dedup.py [--articles 10000] [--repeat 3]

The feed is generated here (our own sentences, shuffled): each item carries its body in content:encoded,
with the seed's faults: the whole body printed twice, Baca juga links, credits, a near-duplicate.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from xml.sax.saxutils import escape

import feedparser

from smartnews import analyze_many, read_feed

SENTENCES = [
    "Pemerintah kota meluncurkan aplikasi layanan perizinan daring untuk warga.",
    "Ruang kendali kota memantau lalu lintas melalui ratusan kamera pengawas.",
    "Dinas komunikasi dan informatika menyiapkan jaringan internet gratis di taman kota.",
    "Pelaku usaha mikro didorong memasarkan produknya melalui lokapasar.",
    "Sensor ketinggian air dipasang di sejumlah pintu air untuk peringatan dini banjir.",
    "Warga dapat melaporkan jalan rusak melalui kanal pengaduan yang terhubung ke dinas terkait.",
    "Pemerintah provinsi menargetkan seluruh layanan administrasi terintegrasi tahun depan.",
    "Pelatihan literasi digital diikuti ratusan pelajar dan perangkat desa.",
    "Data kependudukan kini dapat diakses petugas kelurahan secara langsung.",
    "Bank sampah digital mencatat setoran warga dan menukarnya dengan saldo dompet elektronik.",
]


def generate_feed(n: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        body = [" ".join(rng.sample(SENTENCES, 3)) + f" Nomor {i}-{k}." for k in range(6)]
        paragraphs = [
            "Jakarta (ANTARA) - " + body[0],
            *body[1:4],
            "Baca juga: Judul berita lain nomor 1",
            *body[4:],
        ]
        paragraphs += [body[2].replace("kota", "Kota", 1) + " "]  # a near-identical repeat
        paragraphs += [*body[1:], "Baca juga: Judul berita lain nomor 2", "Pewarta: A Editor: B"]
        html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        items.append(
            f"<item><title>Berita {i}</title><link>https://warta.example.id/berita/{i}</link>"
            f"<guid>warta-{i}</guid><pubDate>Wed, 11 Jan 2023 14:30:00 +0700</pubDate>"
            f"<description>Ringkasan {i}</description>"
            f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Warta</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    body = generate_feed(args.articles)
    cap = len(body) + 1
    articles = read_feed(body, max_bytes=cap).articles
    assert len(articles) == args.articles

    baseline = best_of(args.repeat, lambda: feedparser.parse(body))
    ingest = best_of(args.repeat, lambda: read_feed(body, max_bytes=cap))
    clean_dedup = best_of(args.repeat, lambda: sum(1 for _ in analyze_many(articles)))
    total = ingest + clean_dedup
    removed = sum(len(a.removed) for a in analyze_many(articles))
    print(f"{args.articles:,} articles, {len(body) / 1e6:.1f} MB feed, {removed:,} paragraphs removed")
    print("| step | seconds | articles/s | ratio to feedparser.parse |")
    print("|---|---|---|---|")
    for name, seconds in [
        ("feedparser.parse (baseline)", baseline),
        ("read_feed (parse + dates + HTML to text)", ingest),
        ("clean + dedup (analyze_many)", clean_dedup),
        ("read_feed + clean + dedup", total),
    ]:
        print(f"| {name} | {seconds:.2f} | {args.articles / seconds:,.0f} | {seconds / baseline:.2f} |")


if __name__ == "__main__":
    main()
