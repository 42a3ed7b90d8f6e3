// ─── Helpers ───────────────────────────────────────────────────────────────────────────────────
// Pure helpers and the one function that moves a meter.

=== function clamp(x)
~ return MIN(100, MAX(0, x))

// THE way a meter changes. Clamps to 0–100 and emits a tag the host reads:
//   SHIFT: <Meter> <actual change> <Cause> <fact id>
// e.g. ~ shift(Apparatus, 8, Patronage) gives "SHIFT: Apparatus 8 Patronage F080".
// It runs a few hundred times a playthrough and the What-if Lab plays thousands of playthroughs, so it
// dispatches on LIST_VALUE (one integer) rather than comparing list values item by item, which costs
// inkjs far more.
=== function shift(m, delta, cause)
~ temp moved = 0
{ LIST_VALUE(m):
- 1:
    ~ moved = clamp(apparatus + delta) - apparatus
    ~ apparatus += moved
- 2:
    ~ moved = clamp(left + delta) - left
    ~ left += moved
- 3:
    ~ moved = clamp(right + delta) - right
    ~ right += moved
- 4:
    ~ moved = clamp(army + delta) - army
    ~ army += moved
- 5:
    ~ moved = clamp(mantle + delta) - mantle
    ~ mantle += moved
- 6:
    ~ moved = clamp(suspicion + delta) - suspicion
    ~ suspicion += moved
}
{ table_view:
    ~ align()
}
~ temp tag = "SHIFT: {m} {moved} {cause} {fact_of(cause)}"
# {tag}

// A chance-weighted boost: between lo and hi, seeded like every RANDOM in the story.
=== function shift_between(m, lo, hi, cause)
~ shift(m, RANDOM(lo, hi), cause)

// The fact of the notes that each cause stands for: Cause is declared in the order of FACTBASE
// F073–F098, so Luck (1) is F073 and Doctrine (26) is F098.
=== function fact_of(c)
~ return "F0{LIST_VALUE(c) + 72}"

// A vote in a party forum. `support` (0–100) is the share the motion can count on from the meters;
// seeded chance moves it by up to ±swing points. Prints the tally, tags it, and returns true if the
// motion carries. Tag: VOTE: <forum> <for> <against>.
=== function vote(forum, delegates, support, swing)
~ temp share = clamp(support + RANDOM(0 - swing, swing))
~ votes_for = (delegates * share) / 100
~ votes_against = delegates - votes_for
~ ballots(votes_for > votes_against)
For: {votes_for}. Against: {votes_against}. # VOTE: {forum} {votes_for} {votes_against}
~ return votes_for > votes_against

// Starting positions, January 1924. Initialisation, not change: shift() is for every later move.
=== function begin_as_trotsky()
~ protagonist = "Trotsky"
~ apparatus = 15
~ left = 55
~ right = 30
~ army = 70
~ mantle = 45
~ suspicion = 70
~ align()

=== function begin_as_stalin()
~ protagonist = "Stalin"
~ apparatus = 70
~ left = 45
~ right = 45
~ army = 25
~ mantle = 35
~ suspicion = 20
~ align()
