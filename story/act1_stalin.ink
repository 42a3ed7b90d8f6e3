=== stalin_act1
PLACEHOLDER act — being written. # DATE: 21 January 1924 # PLACE: Gorki
* [Go on #HISTORICAL]
    ~ shift(Apparatus, 5, Patronage)
    -> ending_act1_stalin_secretary
