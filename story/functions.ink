// ─── Helpers ───────────────────────────────────────────────────────────────────────────────────
// Pure helpers, the functions that move the meters, and the vote model.

// THE way a meter changes: a function per meter, which clamps it to 0–100 and emits a tag the host reads:
//   SHIFT: <Meter> <actual change> <Cause> <fact id>
// e.g. ~ shift_apparatus(8, Patronage) gives "SHIFT: Apparatus 8 Patronage F080".
// A run moves meters about fifty times and the What-if Lab plays thousands of runs, so these are
// written for inkjs's step count (they were a third of a simulated history's steps): a function per
// meter, because passing the meter as a list value and dispatching on it cost more than the move
// itself, and a simulated run (the Lab's) clamps and returns, since it reads neither the tag nor the
// table's stances. shift(m, delta, cause) is the same move for a meter chosen at run time.
=== function shift_apparatus(delta, cause)
{ simulating:
    ~ apparatus = MIN(100, MAX(0, apparatus + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, apparatus + delta)) - apparatus
    ~ apparatus += moved
    ~ shifted(Apparatus, moved, cause)
}

=== function shift_left(delta, cause)
{ simulating:
    ~ left = MIN(100, MAX(0, left + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, left + delta)) - left
    ~ left += moved
    ~ shifted(Left, moved, cause)
}

=== function shift_right(delta, cause)
{ simulating:
    ~ right = MIN(100, MAX(0, right + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, right + delta)) - right
    ~ right += moved
    ~ shifted(Right, moved, cause)
}

=== function shift_army(delta, cause)
{ simulating:
    ~ army = MIN(100, MAX(0, army + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, army + delta)) - army
    ~ army += moved
    ~ shifted(Army, moved, cause)
}

=== function shift_mantle(delta, cause)
{ simulating:
    ~ mantle = MIN(100, MAX(0, mantle + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, mantle + delta)) - mantle
    ~ mantle += moved
    ~ shifted(Mantle, moved, cause)
}

=== function shift_suspicion(delta, cause)
{ simulating:
    ~ suspicion = MIN(100, MAX(0, suspicion + delta))
- else:
    ~ temp moved = MIN(100, MAX(0, suspicion + delta)) - suspicion
    ~ suspicion += moved
    ~ shifted(Suspicion, moved, cause)
}

// After a meter has moved in a played run: the table's stances follow (alignment.ink), and the tag.
=== function shifted(m, moved, cause)
~ align()
~ temp tag = "SHIFT: {m} {moved} {cause} {fact_of(cause)}"
# {tag}

=== function shift(m, delta, cause)
{ LIST_VALUE(m):
- 1:
    ~ shift_apparatus(delta, cause)
- 2:
    ~ shift_left(delta, cause)
- 3:
    ~ shift_right(delta, cause)
- 4:
    ~ shift_army(delta, cause)
- 5:
    ~ shift_mantle(delta, cause)
- 6:
    ~ shift_suspicion(delta, cause)
}

// A chance-weighted boost: between lo and hi, seeded like every RANDOM in the story.
=== function shift_between(m, lo, hi, cause)
~ shift(m, RANDOM(lo, hi), cause)

// The fact of the notes that each cause stands for: Cause is declared in the order of FACTBASE
// F073–F098, so Luck (1) is F073 and Doctrine (26) is F098.
=== function fact_of(c)
~ return "F0{LIST_VALUE(c) + 72}"

// ─── The vote model ─────────────────────────────────────────────────────────────────────────────
// Every vote in every forum goes through vote(); the CONSTs it reads are in globals.ink. It argues
// what historians argue (FACTBASE F047, F074, F083, F094, C2–C3):
//  1. Who picks the voters weighs most. Congress and Conference delegates were chosen by provincial
//     committees whose secretaries the Secretariat appointed, so there the Apparatus meter counts for
//     more than half (standing()); at a plenum the Central Committee's own factions, Left and Right,
//     weigh as much as the apparatus; a joint plenum adds the Control Commission, chosen like delegates.
//  2. Suspicion unites rivals: every point of Suspicion above SUSPICION_NEUTRAL costs standing in
//     every forum (Zinoviev and Kamenev chose Stalin because they feared Trotsky more, F020, F094).
//  3. Forums vote in blocs: delegates follow their secretaries, so a lean of 60 becomes a share of
//     about 66 at a congress (BLOC_GAIN_*), and an unpopular cause is crushed, not narrowly beaten.
//     A delegation bound to vote as one (Leningrad at the 14th Congress, F055) is counted apart.
//  4. Chance moves a close vote, never a landslide: after the blocs have voted, a seeded swing of up
//     to CHANCE_SWING points of the share, fading to nothing when the forum's tally is CLOSE_VOTE or
//     more points from an even split. So chance can turn only a vote within a few points of even,
//     and a vote it turns ends within CHANCE_SWING points of even (test/story/votes.test.ts).
// A vote site says what the motion means for the player at the table (motion_is() in alignment.ink:
// its side, who moved it, whom it is about), then which way it cuts and what is special about it:
//   ~ motion_is(AgainstYou, Stalin, Trotsky)
//   ~ temp carried = vote("CC plenum", Plenum, CC_1924, for_you(Plenum) + 7, 0)
// for_you(kind) is the protagonist's standing in that kind of forum (a motion he moves or backs);
// against_you(kind) its complement (a motion against him); BY_CONSENSUS a motion nobody at the table
// opposes. The number added is the motion's own weight, a named CONST wherever it recurs.
// vote() prints the tally, tags it (VOTE: <forum> <for> <against>), keeps it in votes_for and
// votes_against, and returns true if the motion carries (a simple majority; see two_thirds()).
=== function vote(forum, kind, voters, lean, bloc_against)
// ink reads a * b / c as a * (b / c): every product below is bracketed before it is divided.
// The share of the voters free to vote either way (a bound delegation is counted apart)...
~ temp free = voters - bloc_against
~ temp share = MIN(SHARE_CEILING, MAX(100 - SHARE_CEILING, 50 + ((lean - 50) * bloc_gain(kind)) / 10))
// ...and how close the whole forum's vote is (in tenths of a per cent), which alone decides how far
// chance may move it.
~ temp overall = (free * share * 10) / voters
~ temp distance = MAX(overall - 500, 500 - overall)
~ temp reach = (CHANCE_SWING * MAX(0, CLOSE_VOTE * 10 - distance)) / (CLOSE_VOTE * 10)
~ share += RANDOM(0 - reach, reach)
~ votes_for = (free * share) / 100
~ votes_against = voters - votes_for
// A simulated history (the What-if Lab's) reads neither the table's ballots nor the tally's line.
{ simulating:
    ~ return votes_for > votes_against
}
// The table's per-member ballots (story/alignment.ink), cast from the same result.
~ ballots(votes_for > votes_against)
For: {votes_for}. Against: {votes_against}. # VOTE: {forum} {votes_for} {votes_against}
~ return votes_for > votes_against

// The protagonist's standing in a kind of forum, 0–100: the meters weighted by who sits there, less
// what suspicion unites against him.
=== function standing(kind)
// Every vote asks this (and bloc_gain() below), so both dispatch on LIST_VALUE (ForumKind: Congress 1,
// Conference 2, Plenum 3, JointPlenum 4), as shift() does: comparing list values costs inkjs far more.
~ temp k = LIST_VALUE(kind)
~ temp s = 0
{
- k == 3:
    ~ s = (apparatus * PLENUM_APPARATUS) + ((left + right) * PLENUM_FACTIONS) + (mantle * PLENUM_MANTLE)
- k == 4:
    ~ s = (apparatus * JOINT_APPARATUS) + ((left + right) * JOINT_FACTIONS) + (mantle * JOINT_MANTLE)
- k == 1 || k == 2:
    ~ s = (apparatus * DELEGATES_APPARATUS) + ((left + right) * DELEGATES_FACTIONS) + (mantle * DELEGATES_MANTLE)
}
~ return s / 100 - ((suspicion - SUSPICION_NEUTRAL) * SUSPICION_UNITES) / 100

=== function for_you(kind)
~ return standing(kind)

=== function against_you(kind)
~ return 100 - standing(kind)

// How far a forum votes in blocs, in tenths: a lean d points from even becomes a share d × gain / 10.
=== function bloc_gain(kind)
~ temp k = LIST_VALUE(kind)
{
- k == 3:
    ~ return BLOC_GAIN_PLENUM
- k == 4:
    ~ return BLOC_GAIN_JOINT
- k == 1 || k == 2:
    ~ return BLOC_GAIN_DELEGATES
}
~ return 10

// After vote(): did the motion win two votes in three (point 7 of the 1921 ban, F084)?
=== function two_thirds()
~ return votes_for * 3 >= (votes_for + votes_against) * 2

// After vote(): the losing side's share of the votes, 0–50 (for text such as "It is close").
=== function minority()
~ return (MIN(votes_for, votes_against) * 100) / (votes_for + votes_against)

// Starting positions, January 1924. Initialisation, not change: shift() is for every later move.
=== function begin_as_trotsky()
~ protagonist = "Trotsky"
~ apparatus = 15
~ left = 55
~ right = 30
~ army = 70
~ mantle = 45
~ suspicion = 70
~ first_table = politburo + candidates
{ not simulating:
    ~ align()
}

=== function begin_as_stalin()
~ protagonist = "Stalin"
~ apparatus = 70
~ left = 45
~ right = 45
~ army = 25
~ mantle = 35
~ suspicion = 20
~ first_table = politburo + candidates
{ not simulating:
    ~ align()
}
