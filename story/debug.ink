// ═══════════════════════════════════════════════════════════════════════════════════════════════
// DEBUG · the jump menu, for writers and for tests
// Set DEBUG to true (globals.ink) and the story opens on this menu instead of the protagonist screen:
// start either side at any act, with the meters and the table as they stand on that side's
// historical path at the act's first decision (test/story/debug.test.ts checks they still match,
// within a few points), and the struggle so far as history had it. Choices made before the act are
// not replayed, so text that recalls a particular earlier choice stays silent.
// The game never sets DEBUG; the tests set it through the ink runtime.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== debug_jump
DEBUG: where should the run start?
+ [Trotsky: Prologue, December 1922]
    ~ begin_as_trotsky()
    -> trotsky_prologue
+ [Trotsky: Act I, January 1924]
    ~ begin_as_trotsky()
    ~ debug_state_1924(9, 63, 30, 70, 37, 72)
    -> trotsky_act1
+ [Trotsky: Act II, September 1924]
    ~ begin_as_trotsky()
    ~ debug_state_after_act1(9, 56, 30, 60, 25, 62)
    -> trotsky_act2
+ [Trotsky: Act III, July 1927]
    ~ begin_as_trotsky()
    ~ debug_state_1927(6, 52, 30, 39, 1, 57)
    -> trotsky_act3
+ [Stalin: Prologue, December 1922]
    ~ begin_as_stalin()
    -> stalin_prologue
+ [Stalin: Act I, January 1924]
    ~ begin_as_stalin()
    ~ debug_state_1924(78, 42, 45, 25, 34, 24)
    -> stalin_act1
+ [Stalin: Act II, October 1924]
    ~ begin_as_stalin()
    ~ debug_state_after_act1(88, 42, 45, 25, 51, 23)
    -> stalin_act2
+ [Stalin: Act III, April 1927]
    ~ begin_as_stalin()
    ~ debug_state_1927(98, 17, 68, 41, 70, 14)
    -> stalin_act3

// The meters at an act's start. Like begin_as_*(), this sets them: it is initialisation, not change.
=== function debug_meters(a, l, r, y, m, s)
~ apparatus = a
~ left = l
~ right = r
~ army = y
~ mantle = m
~ suspicion = s

// January 1924, after the 13th Party Conference: Rudzutak a candidate since the 12th Congress.
=== function debug_state_1924(a, l, r, y, m, s)
~ debug_meters(a, l, r, y, m, s)
~ candidates += Rudzutak

// Autumn 1924, after the 13th Congress: Lenin dead, Bukharin a full member since June.
=== function debug_state_after_act1(a, l, r, y, m, s)
~ debug_state_1924(a, l, r, y, m, s)
~ lenin_dead = true
~ politburo -= Lenin
~ politburo += Bukharin
~ candidates -= Bukharin

// Spring 1927: the table of November 1926 and the struggle as history had it by then.
=== function debug_state_1927(a, l, r, y, m, s)
~ debug_state_after_act1(a, l, r, y, m, s)
~ politburo = (Stalin, Rykov, Tomsky, Bukharin, Kalinin, Molotov, Rudzutak, Voroshilov)
~ candidates = ()
~ trotsky_holds_army = false
~ testament_denied = true
~ testament_in_open = true
~ alliance = UnitedOpposition
~ stalin_bloc = WithRight
~ trotsky_fate = OutOfPolitburo
