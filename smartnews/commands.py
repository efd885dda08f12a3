"""``smartnews train ...`` and ``smartnews evaluate ...``: reproduce the shipped models and their figures.

Training and evaluation read public corpora from a ``--data`` path (they are never copied into the
project); the figures printed by ``evaluate`` without ``--data`` are the ones recorded with the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_LABELS = Path("corpora") / "labels" / "news-id-dev-entities.jsonl"
STANZA_NER_STEPS = 20_000


def add_parsers(sub: Any) -> None:
    """Add the ``train`` and ``evaluate`` commands to the CLI's subparsers."""
    train = sub.add_parser("train", help="train a model from public corpora (see models/*/MODEL_CARD.md)")
    what = train.add_subparsers(dest="what", required=True)
    ner = what.add_parser("ner", help="the spaCy NER model (PER/ORG/LOC)")
    ner.add_argument(
        "--data", type=Path, required=True, help="the NER corpora folder (../shared/corpora/ner)"
    )
    ner.add_argument("--out", type=Path, default=Path("models") / "ner-id")
    ner.add_argument("--news-id", type=Path, help="clickid.jsonl.gz: its train split restores NERP's casing")
    ner.add_argument("--vectors", type=Path, help="a spaCy vectors folder to use as static vectors")
    ner.add_argument(
        "--work-dir", type=Path, help="where DocBins and checkpoints go (default: a temp folder)"
    )
    ner.add_argument(
        "--config", type=Path, help="a spaCy training config (default: smartnews/training/ner.cfg)"
    )
    ner.add_argument(
        "--nerp",
        choices=("lower", "restore", "partial", "drop"),
        default="lower",
        help="what to do with the all-lowercase NER-Prosa set (see the model card)",
    )
    ner.add_argument("--silver", type=Path, help="a silver file (`smartnews train silver`) added to training")
    ner.add_argument("--seed", type=int, default=0, help="the training seed")
    _add_repeat(ner)
    _add_final_steps(ner)

    silver = what.add_parser(
        "silver", help="news-id train sentences labelled by the stanza NER, for `train ner --silver`"
    )
    silver.add_argument(
        "--news-id", type=Path, required=True, help="the news-id folder (../shared/corpora/news-id)"
    )
    silver.add_argument("--out", type=Path, required=True, help="the JSON-lines file to write (corpus text)")
    silver.add_argument("--sentences", type=int, default=30_000, help="how many sentences")
    silver.add_argument("--seed", type=int, default=0, help="the draw's seed")
    silver.add_argument(
        "--stanza-model", type=Path, help="the stanza models folder (default: the shipped one)"
    )
    silver.add_argument(
        "--skip", type=int, default=0, help="leave out the draw's first sentences (an earlier file's)"
    )
    silver.add_argument(
        "--vote",
        type=Path,
        action="append",
        default=[],
        metavar="SPACY_MODEL",
        help="a spaCy NER pipeline that votes with stanza (repeat it); entities need a majority",
    )
    silver.add_argument("--min-votes", type=int, help="votes an entity needs (default: a bare majority)")
    silver.add_argument(
        "--round",
        type=int,
        default=0,
        dest="draw_round",
        help="each article's next 4 sentences of the same shuffle (1: the 5th to 8th); rounds share none",
    )

    rel = what.add_parser("relevance", help="the relevance classifier and the pillar model")
    rel.add_argument(
        "--data", type=Path, required=True, help="the news-id folder (../shared/corpora/news-id)"
    )
    rel.add_argument("--out", type=Path, default=Path("models") / "relevance-id")

    st = what.add_parser(
        "stanza", help="the stanza models (tokenize, mwt, lemma, pos, ner; needs the stanza extra)"
    )
    st.add_argument("--ud", type=Path, required=True, help="the UD treebanks folder (../shared/corpora/ud)")
    st.add_argument("--ner", type=Path, required=True, help="the NER corpora folder (../shared/corpora/ner)")
    st.add_argument(
        "--news-id",
        type=Path,
        required=True,
        help="clickid.jsonl.gz: its train split trains vectors, char LMs",
    )
    st.add_argument("--out", type=Path, default=Path("models") / "stanza-id")
    st.add_argument("--work-dir", type=Path, help="intermediate files (default: <out>/../stanza-work)")
    st.add_argument("--ner-steps", type=int, default=STANZA_NER_STEPS, help="NER training steps (maximum)")
    st.add_argument("--silver", type=Path, help="a silver file (`smartnews train silver`) for the NER")
    st.add_argument("--seed", type=int, default=1234, help="the NER's training seed (stanza's default)")
    _add_repeat(st)
    _add_final_steps(st)

    sc = what.add_parser(
        "stanza-ner",
        help="train the NER of a stanza model folder further on the gold sentences alone (stanza extra)",
    )
    sc.add_argument("--ner", type=Path, required=True, help="the NER corpora folder (../shared/corpora/ner)")
    sc.add_argument(
        "--from",
        dest="base",
        type=Path,
        default=Path("models") / "stanza-id",
        help="the folder to start from",
    )
    sc.add_argument(
        "--out", type=Path, required=True, help="a copy of --from with the new NER (may be --from)"
    )
    sc.add_argument(
        "--work-dir", type=Path, help="intermediate files (default: <out>/../stanza-continue-work)"
    )
    sc.add_argument("--steps", type=int, default=3000, help="training steps (maximum; best dev F1 is kept)")
    sc.add_argument(
        "--lr",
        type=_stanza_lr,
        default=3e-4,
        help="Adam's learning rate, above 0.0001 (stanza stops there; R trained at 0.001)",
    )
    sc.add_argument("--seed", type=int, default=4321)
    sc.add_argument(
        "--nerp",
        choices=("lower", "drop"),
        default="lower",
        help="keep the lowercased NERP in the gold union (default) or leave it out",
    )
    _add_repeat(sc)

    evaluate = sub.add_parser("evaluate", help="print a model's scores on held-out data")
    which = evaluate.add_subparsers(dest="what", required=True)
    ev_ner = which.add_parser("ner", help="NER F1 per label on NER-UI test and idner-news-2k test, words/s")
    ev_ner.add_argument(
        "--model", dest="model_dir", type=Path, help="a model folder (default: the shipped one)"
    )
    ev_ner.add_argument(
        "--data", type=Path, help="re-measure on the NER corpora folder instead of reprinting"
    )
    ev_ner.add_argument("--json", action="store_true", help="print JSON")
    ev_st = which.add_parser(
        "stanza", help="the stanza models: UPOS and lemma accuracy (UD tests), NER F1 per label, words/s"
    )
    ev_st.add_argument(
        "--model", dest="model_dir", type=Path, help="a model folder (default: the shipped one)"
    )
    ev_st.add_argument("--ud", type=Path, help="re-measure on the UD treebanks folder (with --ner)")
    ev_st.add_argument("--ner", type=Path, help="re-measure on the NER corpora folder (with --ud)")
    ev_st.add_argument("--json", action="store_true", help="print JSON")
    ev_rel = which.add_parser(
        "relevance", help="relevance P/R/F1/PR-AUC, calibration and pillar micro-F1 on labelled news-id"
    )
    ev_rel.add_argument("--split", choices=("dev", "train"), default="dev")
    ev_rel.add_argument(
        "--model", dest="model_dir", type=Path, help="a model folder (default: the shipped one)"
    )
    ev_rel.add_argument("--data", type=Path, help="re-measure on the news-id folder instead of reprinting")
    ev_rel.add_argument("--json", action="store_true", help="print JSON")
    ev_ent = which.add_parser(
        "entities", help="officials (by name) and regions (by code) on labelled articles"
    )
    ev_ent.add_argument(
        "--data", type=Path, required=True, help="the news-id folder (../shared/corpora/news-id)"
    )
    ev_ent.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ev_ent.add_argument("--json", action="store_true", help="print JSON, errors per article included")


def run(args: argparse.Namespace) -> int:
    if args.command == "train" and args.what == "ner":
        from smartnews.training.ner import train_ner

        out = train_ner(
            args.data,
            args.out,
            config=args.config,
            news_id=args.news_id,
            vectors=args.vectors,
            work_dir=args.work_dir,
            nerp=args.nerp,
            silver=args.silver,
            seed=args.seed,
            repeat=dict(args.repeat),
            final_steps=args.final_steps,
        )
        print(f"trained: {out}; now `smartnews evaluate ner --model {out} --data {args.data}`")
        return 0
    if args.command == "train" and args.what == "silver":
        from smartnews.training.silver import make_silver

        counts = make_silver(
            args.news_id,
            args.out,
            limit=args.sentences,
            seed=args.seed,
            model_dir=args.stanza_model,
            skip=args.skip,
            voters=args.vote,
            min_votes=args.min_votes,
            draw_round=args.draw_round,
        )
        print(f"wrote {args.out}: {json.dumps(counts)}")
        return 0
    if args.command == "evaluate" and args.what == "ner":
        from smartnews.nlp import model_path

        folder = args.model_dir or model_path()
        if args.data is not None:
            from smartnews.training.ner import evaluate_ner

            scores = evaluate_ner(folder, args.data)
        else:
            scores = json.loads((folder / "scores.json").read_text(encoding="utf-8"))
        _print_ner(scores, args.json)
        return 0
    if args.command == "train" and args.what == "relevance":
        from smartnews.training.relevance import train_relevance

        report = train_relevance(args.data, args.out)
        _print_relevance(report, "dev")
        return 0
    if args.command == "evaluate" and args.what == "relevance":
        from smartnews.nlp import model_path

        folder = args.model_dir or model_path("relevance-id", marker="relevance.skops")
        if args.data is not None:
            from smartnews.training.relevance import evaluate_relevance

            report = evaluate_relevance(folder, args.data, split=args.split)
        else:
            report = json.loads((folder / "scores.json").read_text(encoding="utf-8"))
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            _print_relevance(report, args.split)
        return 0
    if args.command == "train" and args.what in ("stanza", "stanza-ner"):
        from smartnews.training.stanza import continue_ner, train_stanza

        if args.what == "stanza":
            train_stanza(
                args.ud,
                args.ner,
                args.news_id,
                args.out,
                work=args.work_dir,
                ner_steps=args.ner_steps,
                silver=args.silver,
                seed=args.seed,
                repeat=dict(args.repeat),
                final_steps=args.final_steps,
            )
        else:
            continue_ner(
                args.base,
                args.ner,
                args.out,
                work=args.work_dir,
                steps=args.steps,
                lr=args.lr,
                seed=args.seed,
                repeat=dict(args.repeat),
                nerp=args.nerp,
            )
        print(f"trained: {args.out}; now `smartnews evaluate stanza --model {args.out} --ud ... --ner ...`")
        return 0
    if args.command == "evaluate" and args.what == "stanza":
        from smartnews.stanza_backend import stanza_model_path

        folder = stanza_model_path(args.model_dir)
        if args.ud is not None and args.ner is not None:
            from smartnews.training.stanza import evaluate_stanza

            scores = evaluate_stanza(folder, args.ud, args.ner)
        elif args.ud is not None or args.ner is not None:
            raise SystemExit("smartnews evaluate stanza: give both --ud and --ner to re-measure")
        else:
            scores = json.loads((folder / "scores.json").read_text(encoding="utf-8"))
        _print_stanza(scores, args.json)
        return 0
    if args.command == "evaluate" and args.what == "entities":
        from smartnews.evaluation import evaluate_entities

        report = evaluate_entities(args.data, args.labels)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            print(f"{report['articles']} labelled articles ({args.labels})")
            print("| | precision | recall | F1 | predicted | gold |")
            print("|---|---|---|---|---|---|")
            for what in ("officials", "regions"):
                s = report[what]
                cells = [f"{s[k]:.3f}" for k in ("precision", "recall", "f1")] + [
                    str(s["predicted"]),
                    str(s["gold"]),
                ]
                print(f"| {what} | " + " | ".join(cells) + " |")
            agree = report["officials_agreement"]
            share = {k: agree[k] / agree["pairs"] if agree["pairs"] else 0.0 for k in agree}
            print(
                f"\nOf the {agree['pairs']} officials matched by name, {share['same_name']:.1%} have the "
                f"label's words exactly and {share['same_title']:.1%} its title as written."
            )
        return 0
    raise SystemExit(f"unknown command {args.command} {args.what}")


def _add_repeat(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--repeat",
        action="append",
        default=[],
        type=_repeat_item,
        metavar="DATASET=N",
        help="train the NER on a dataset's sentences N times (e.g. nerui=3); may be given more than once",
    )


def _add_final_steps(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--final-steps",
        type=int,
        help="train on train + dev for exactly N steps, keep the last model (N chosen on a run without dev)",
    )


def _stanza_lr(text: str) -> float:
    """``train stanza-ner --lr``: a number above stanza's ``min_lr``, where its training stops at once."""
    from smartnews.training.stanza import STANZA_MIN_LR

    try:
        lr = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want a number, not {text!r}") from None
    if not lr > STANZA_MIN_LR:
        raise argparse.ArgumentTypeError(f"must be above stanza's min_lr {STANZA_MIN_LR}, not {text}")
    return lr


def _repeat_item(text: str) -> tuple[str, int]:
    """``"nerui=3"`` -> ``("nerui", 3)``, for ``train ner|stanza --repeat``."""
    name, sep, times = text.partition("=")
    if not sep or not name.strip() or not times.strip().isdigit() or int(times) < 1:
        raise argparse.ArgumentTypeError(f"want DATASET=N with N >= 1, not {text!r}")
    return name.strip(), int(times)


def _prf(scores: dict[str, Any]) -> str:
    return "  ".join(f"{k} {scores[k]:.3f}" for k in ("precision", "recall", "f1") if k in scores)


def _print_relevance(report: dict[str, Any], split: str) -> None:
    rel = report["relevance"]
    scores = rel[split] if split in rel else rel["dev"]
    counts = f"{scores['articles']} articles, {scores['positives']} relevant"
    print(f"relevance on {split} ({counts}), threshold {rel['threshold']}")
    print(f"{_prf(scores)}  PR-AUC {scores['pr_auc']:.3f}")
    if "whole_split" in rel:
        whole = rel["whole_split"]
        print(
            f"(every {split} article, the {whole['unlabelled']} unlabelled ones as not relevant: "
            f"{_prf(whole)}  PR-AUC {whole['pr_auc']:.3f}; unlabelled at or above the threshold: "
            f"{whole['unlabelled_above_threshold']}, highest score {whole['highest_unlabelled_score']:.2f})"
        )
    if "train_out_of_fold" in rel:
        oof = rel["train_out_of_fold"]
        print(f"(real train articles, out of fold: {_prf(oof)}  PR-AUC {oof['pr_auc']:.3f})")
    table = rel.get("calibration") or rel.get("calibration_dev") or []
    if table:
        print("| score bin | articles | mean score | share relevant |\n|---|---|---|---|")
        for row in table:
            cells = [
                row["bin"],
                str(row["articles"]),
                f"{row['mean_score']:.2f}",
                f"{row['share_relevant']:.2f}",
            ]
            print("| " + " | ".join(cells) + " |")
    pillars = report["pillars"]
    micro = (pillars[split] if split in pillars else pillars["dev"])["micro"]
    print(f"pillars on relevant articles, threshold {pillars['threshold']}: micro {_prf(micro)}")
    if "train_out_of_fold" in pillars:
        oof_micro = pillars["train_out_of_fold"]["micro"]
        print(f"(pillars, relevant train articles out of fold: micro {_prf(oof_micro)})")


def _print_stanza(scores: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(scores, indent=2))
        return
    print(f"stanza models (stanza {scores.get('stanza', '?')})")
    print("| UD test set | UPOS acc. | lemma acc. | UPOS F1 (raw text) | Lemmas F1 (raw text) |")
    print("|---|---|---|---|---|")
    for name, result in scores["ud"].items():
        gold, e2e = result["gold_words"], result["end_to_end"]
        cells = [gold["upos_accuracy"], gold["lemma_accuracy"], e2e["UPOS"]["f1"], e2e["Lemmas"]["f1"]]
        print(f"| {name} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    print()
    _print_ner(scores["ner"], False)


def _print_ner(scores: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(scores, indent=2))
        return
    if "model" in scores:
        print(f"model {scores.get('model')} (spaCy {scores.get('spacy')})")
    print("| test set | label | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    for name, result in scores["tests"].items():
        for label, prf in [*result["per_label"].items(), ("micro", result["micro"])]:
            print(f"| {name} | {label} | {prf['p']:.3f} | {prf['r']:.3f} | {prf['f']:.3f} |")
    speed = scores.get("speed", {})
    if speed:
        print(
            f"\n{speed['words_per_second']:,.0f} words/s on {speed.get('cpus', speed.get('threads', 1))} core"
        )
    sys.stdout.flush()
