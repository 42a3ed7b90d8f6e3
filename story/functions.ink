// ─── Helpers ───────────────────────────────────────────────────────────────────────────────────
// Pure helpers and the one function that moves a meter.

=== function clamp(x)
~ return MIN(100, MAX(0, x))

// The value of a meter, by name.
=== function meter_value(m)
{ m:
- Apparatus: ~ return apparatus
- Left: ~ return left
- Right: ~ return right
- Army: ~ return army
- Mantle: ~ return mantle
- Suspicion: ~ return suspicion
}
~ return 0

// THE way a meter changes. Clamps to 0–100 and emits a tag the host reads:
//   SHIFT: <Meter> <actual change> <Cause> <fact id>
// e.g. ~ shift(Apparatus, 8, Patronage) gives "SHIFT: Apparatus 8 Patronage F080".
=== function shift(m, delta, cause)
~ temp before = meter_value(m)
~ temp after = clamp(before + delta)
{ m:
- Apparatus: ~ apparatus = after
- Left: ~ left = after
- Right: ~ right = after
- Army: ~ army = after
- Mantle: ~ mantle = after
- Suspicion: ~ suspicion = after
}
# SHIFT: {m} {after - before} {cause} {fact_of(cause)}

// A chance-weighted boost: between lo and hi, seeded like every RANDOM in the story.
=== function shift_between(m, lo, hi, cause)
~ shift(m, RANDOM(lo, hi), cause)

// The fact of the notes that each cause stands for (FACTBASE F073–F098).
=== function fact_of(c)
{ c:
- Luck: ~ return "F073"
- Centralism: ~ return "F074"
- Organisation: ~ return "F075"
- Offices: ~ return "F076"
- Surveillance: ~ return "F077"
- AtTheCentre: ~ return "F078"
- Moderation: ~ return "F079"
- Patronage: ~ return "F080"
- NewMembers: ~ return "F081"
- Purges: ~ return "F082"
- Votes: ~ return "F083"
- FactionBan: ~ return "F084"
- Misrepresentation: ~ return "F085"
- Discipleship: ~ return "F086"
- NationalPride: ~ return "F087"
- DivideAndRule: ~ return "F088"
- Flexibility: ~ return "F089"
- Tactics: ~ return "F090"
- CivilWarMethods: ~ return "F091"
- RadicalMood: ~ return "F092"
- TestamentBuried: ~ return "F093"
- Underestimated: ~ return "F094"
- FuneralAbsence: ~ return "F095"
- Personality: ~ return "F096"
- Alliances: ~ return "F097"
- Doctrine: ~ return "F098"
}
~ return ""

// A vote in a party forum. `support` (0–100) is the share the motion can count on from the meters;
// seeded chance moves it by up to ±swing points. Prints the tally, tags it, and returns true if the
// motion carries. Tag: VOTE: <forum> <for> <against>.
=== function vote(forum, delegates, support, swing)
~ temp share = clamp(support + RANDOM(0 - swing, swing))
~ votes_for = (delegates * share) / 100
~ votes_against = delegates - votes_for
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

=== function begin_as_stalin()
~ protagonist = "Stalin"
~ apparatus = 70
~ left = 45
~ right = 45
~ army = 25
~ mantle = 35
~ suspicion = 20
