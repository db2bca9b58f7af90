"""Resolve a written place name to ranked candidates: its key, with Arabic clitics peeled and
a cue word dropped when the name as written has none ("محافظة المنيا"), memoised per mention,
context and preferences. Serves Gazetteer.resolve(); the scoring is app/geo/ranking.py's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.geo import ranking
from app.geo.normalize import (
    arabic_clitic_variants,
    is_arabic,
    norm_token,
    normalize_key,
    strip_article,
)
from app.geo.types import Candidate

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

RESOLVED_CACHE = 50_000
_fold_token = norm_token.__wrapped__  # unmemoised


def resolve(
    gz: Gazetteer, mention: str, context: Sequence[str], prefer_admin: bool, prefer_town: bool
) -> tuple[Candidate, ...]:
    """Ranked candidates for ``mention`` (see Gazetteer.resolve), memoised on the gazetteer."""
    memo_key = (mention, tuple(context), prefer_admin, prefer_town)
    cache = gz.resolved_cache
    found = cache.get(memo_key)
    if found is None:
        found = _resolve(gz, mention, context, prefer_admin, prefer_town)
        if len(cache) >= RESOLVED_CACHE:
            cache.clear()
        cache[memo_key] = found
    return found


def _resolve(
    gz: Gazetteer, mention: str, context: Sequence[str], prefer_admin: bool, town: bool
) -> tuple[Candidate, ...]:
    # one plain word (the common case) skips the tokeniser; same key as normalize_key().
    # The answer is memoised per mention, so norm_token's own memo would only cost here.
    key = strip_article(_fold_token(mention)) if mention.isalpha() else normalize_key(mention)
    codes = gz.ids(key)
    if codes and not context:
        # no near-spellings
        return tuple(ranking.rank(gz, codes, (), prefer_admin, prefer_town=town, key=key))
    if not codes and key and is_arabic(key):
        first, _, rest = key.partition(" ")
        for variant in arabic_clitic_variants(first)[1:]:
            codes = gz.ids(f"{variant} {rest}".strip())
            if codes:
                break
    if not codes and " " in key:
        cued = ranking.without_cue(gz, key, context)
        if cued is not None:
            return tuple(cued)
    ranked = ranking.ranked_for_key(gz, key, codes, context, prefer_admin, prefer_town=town)
    return tuple(ranked)
