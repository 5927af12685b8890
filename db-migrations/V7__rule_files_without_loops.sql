-- Rule files may no longer loop (the rule sandbox refuses loops). The shipped rule "Carry the accommodations of the
-- IEP and the 504 plan" looped over the collected plans; every stored version and draft copied from it would be
-- refused at start-up. This replaces exactly that shipped text with the two calls that do the same
-- (RecommendedPlan.addAccommodationsOf); a file whose authors changed those lines is left as it is and is refused
-- with its line, so that a rule author rewrites it. Versions keep their id and hash: the hash names them as stored.
UPDATE rule_file SET content = REPLACE(content,
'    for (Object iep : $ieps) {
        $plan.addAccommodations(((SpecialEducationPlan) iep).getAccommodations());
    }
    for (Object plan504 : $plans504) {
        $plan.addAccommodations(((SpecialEducationPlan) plan504).getAccommodations());
    }
',
'    $plan.addAccommodationsOf($ieps);
    $plan.addAccommodationsOf($plans504);
')
WHERE path = 'plan-recommendation.drl';

UPDATE rule_draft_file SET content = REPLACE(content,
'    for (Object iep : $ieps) {
        $plan.addAccommodations(((SpecialEducationPlan) iep).getAccommodations());
    }
    for (Object plan504 : $plans504) {
        $plan.addAccommodations(((SpecialEducationPlan) plan504).getAccommodations());
    }
',
'    $plan.addAccommodationsOf($ieps);
    $plan.addAccommodationsOf($plans504);
')
WHERE path = 'plan-recommendation.drl';
