// ─── Global state ──────────────────────────────────────────────────────────────────────────────
// Every VAR, CONST and LIST of the story lives here, grouped by what it tracks.

// Who the player is: "Trotsky" or "Stalin" (empty until the first choice).
VAR protagonist = ""

// The six meters: support for the protagonist, 0–100, relative to whoever is played.
// Change them ONLY through shift() in functions.ink, which clamps and tags each change with its cause.
// The host observes these variables and mirrors them on the table and in role="meter" elements.
VAR apparatus = 50   // the Secretariat, the provincial secretaries and the delegates they pick
VAR left = 50        // Zinoviev's Leningrad machine, the Left, the radical youth
VAR right = 50       // Bukharin, Rykov, Tomsky; the trade unions; the friends of NEP
VAR army = 50        // the Red Army's commanders and party cells
VAR mantle = 50      // standing as the true Leninist
VAR suspicion = 50   // how far rivals fear you; when it is high they unite against you

LIST Meter = Apparatus, Left, Right, Army, Mantle, Suspicion

// Why a meter moved: the notes' "Why did Stalin win?" factors, F073–F098 (see fact_of()).
LIST Cause = Luck, Centralism, Organisation, Offices, Surveillance, AtTheCentre, Moderation, Patronage, NewMembers, Purges, Votes, FactionBan, Misrepresentation, Discipleship, NationalPride, DivideAndRule, Flexibility, Tactics, CivilWarMethods, RadicalMood, TestamentBuried, Underestimated, FuneralAbsence, Personality, Alliances, Doctrine

// ─── The table ─────────────────────────────────────────────────────────────────────────────────
// Who sits at the Politburo table, by the real membership at each date (FACTBASE §2), changed by the
// story as members rise and fall. The host observes both lists to seat the table.
LIST Member = Lenin, Trotsky, Stalin, Zinoviev, Kamenev, Rykov, Tomsky, Bukharin, Kalinin, Molotov, Rudzutak, Voroshilov, Kuibyshev
VAR politburo = (Lenin, Trotsky, Stalin, Zinoviev, Kamenev, Rykov, Tomsky)
VAR candidates = (Bukharin, Kalinin, Molotov, Rudzutak)
VAR lenin_dead = false

// Who holds the General Secretaryship (Stalin from 3 April 1922 in history).
VAR general_secretary = Stalin

// ─── Votes ─────────────────────────────────────────────────────────────────────────────────────
// The tally of the most recent vote, for text that follows it.
VAR votes_for = 0
VAR votes_against = 0
