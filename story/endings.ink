=== ending_act1_trotsky_isolated
Placeholder ending. # ENDING: act1_trotsky_isolated
-> END

=== ending_act1_stalin_secretary
Placeholder ending. # ENDING: act1_stalin_secretary
-> END
