=== trotsky_act1
PLACEHOLDER act — being written. # DATE: 21 January 1924 # PLACE: Tiflis
* [Go on #HISTORICAL]
    ~ shift(Mantle, -5, FuneralAbsence)
    -> ending_act1_trotsky_isolated
