# title: The Empty Chair
# author: The Empty Chair team
// The Empty Chair: the struggle for Lenin's succession, 1922–1929.
// This file is the root of the story. It plays on its own in any ink player: the first choice is the
// protagonist, and every path ends at a knot tagged ENDING. The game's screens are a view of it.
// Tag vocabulary: story/TAGS.md. Meters and causes: globals.ink. Helpers: functions.ink.

INCLUDE globals.ink
INCLUDE functions.ink
INCLUDE alignment.ink
INCLUDE meters_explained.ink
INCLUDE prologue_trotsky.ink
INCLUDE prologue_stalin.ink
INCLUDE act1_trotsky.ink
INCLUDE act1_stalin.ink
INCLUDE act2_trotsky.ink
INCLUDE act2_stalin.ink
INCLUDE act3_trotsky.ink
INCLUDE act3_stalin.ink
INCLUDE short_run.ink
INCLUDE endings.ink
INCLUDE debug.ink

{DEBUG: -> debug_jump}
-> choose_protagonist

=== choose_protagonist
Moscow, December 1922. Lenin has had a second series of strokes. He is fifty-two, and his doctors have shut him away from work. At the table of the Politburo his chair stands empty, and everyone at the table knows that someone may have to fill it.
Leon Trotsky, 43. Organiser of the October rising and creator of the Red Army; People's Commissar for War. The most famous Bolshevik after Lenin, and the one his colleagues fear most: a late convert from the Mensheviks, brilliant, proud, and without friends in the machine. Lenin has just asked him to fight a battle for him. # PORTRAIT: Trotsky
Joseph Stalin, 44. General Secretary of the Central Committee since April 1922, and the only full member of the Politburo, the Orgburo and the Secretariat. Quiet at meetings, tireless behind a desk; he places the provincial secretaries who choose the delegates. The Central Committee has just made him responsible for the sick man's isolation. # PORTRAIT: Stalin
Whose struggle will you play?
+ [Leon Trotsky #PROTAGONIST: Trotsky]
    ~ begin_as_trotsky()
    -> trotsky_prologue
+ [Joseph Stalin #PROTAGONIST: Stalin]
    ~ begin_as_stalin()
    -> stalin_prologue
