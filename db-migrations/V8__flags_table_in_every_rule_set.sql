-- The pages read how each flag reads (label, badge tone, "needs attention", filter order) from the rule set's own
-- flags.csv instead of the code. Every stored version and draft that lacks the file gets the table Tiered shipped
-- with it, which says what the code said, so the pages read the same after the upgrade and a rule author finds the
-- file to edit. A version keeps its id and hash: the hash names it as stored.
INSERT INTO rule_file (rule_set_version_id, path, content)
SELECT v.id, 'flags.csv', 'code,label,tone,needs_attention,order
# How each flag the rules raise reads on the pages. tone: alert / good / info. needs_attention: yes puts the student first on a caseload. order: the place in the flag filter.,,,,
CONSIDER_LANGUAGE_PROFICIENCY,Consider language proficiency,info,no,10
EVALUATION_DUE_SOON,Evaluation due soon,info,no,20
EVALUATION_OVERDUE,Evaluation overdue,alert,no,30
IEP_REVIEW_DUE_SOON,IEP review due soon,info,no,40
IEP_REVIEW_OVERDUE,IEP review overdue,alert,no,50
IEP_TEAM_REVIEW,IEP team review,alert,no,60
PLAN504_REVIEW_DUE_SOON,504 review due soon,info,no,70
PLAN504_REVIEW_OVERDUE,504 review overdue,alert,no,80
PM_FOUR_ABOVE,4 points above aim,good,no,90
PM_FOUR_BELOW,4 points below aim,alert,yes,100
PM_NOT_STARTED,Monitoring not started,alert,yes,110
PM_NO_GOAL,No goal,info,no,120
PM_OVERDUE,Monitoring overdue,alert,yes,130
PM_TREND_AT_OR_ABOVE,Trend on track,good,no,140
PM_TREND_BELOW,Trend below aim,alert,yes,150
REEVALUATION_DUE_SOON,Reevaluation due soon,info,no,160
REEVALUATION_OVERDUE,Reevaluation overdue,alert,no,170
REFER_FOR_EVALUATION,Consider referral,alert,no,180
SCREENING_UNSCORED,Screening unscored,info,no,190
SCREEN_INTERVENTION,Screening: intervention,info,no,200
SCREEN_ON_WATCH,Screening: on watch,info,no,210
SCREEN_URGENT,Screening: urgent,info,no,220
TIER_INTENSIFY,Intensify,alert,no,230
'
FROM rule_set_version v
WHERE NOT EXISTS (SELECT 1 FROM rule_file f WHERE f.rule_set_version_id = v.id AND f.path = 'flags.csv');

INSERT INTO rule_draft_file (draft_id, path, content, revision, changed_by, changed_at)
SELECT d.id, 'flags.csv', 'code,label,tone,needs_attention,order
# How each flag the rules raise reads on the pages. tone: alert / good / info. needs_attention: yes puts the student first on a caseload. order: the place in the flag filter.,,,,
CONSIDER_LANGUAGE_PROFICIENCY,Consider language proficiency,info,no,10
EVALUATION_DUE_SOON,Evaluation due soon,info,no,20
EVALUATION_OVERDUE,Evaluation overdue,alert,no,30
IEP_REVIEW_DUE_SOON,IEP review due soon,info,no,40
IEP_REVIEW_OVERDUE,IEP review overdue,alert,no,50
IEP_TEAM_REVIEW,IEP team review,alert,no,60
PLAN504_REVIEW_DUE_SOON,504 review due soon,info,no,70
PLAN504_REVIEW_OVERDUE,504 review overdue,alert,no,80
PM_FOUR_ABOVE,4 points above aim,good,no,90
PM_FOUR_BELOW,4 points below aim,alert,yes,100
PM_NOT_STARTED,Monitoring not started,alert,yes,110
PM_NO_GOAL,No goal,info,no,120
PM_OVERDUE,Monitoring overdue,alert,yes,130
PM_TREND_AT_OR_ABOVE,Trend on track,good,no,140
PM_TREND_BELOW,Trend below aim,alert,yes,150
REEVALUATION_DUE_SOON,Reevaluation due soon,info,no,160
REEVALUATION_OVERDUE,Reevaluation overdue,alert,no,170
REFER_FOR_EVALUATION,Consider referral,alert,no,180
SCREENING_UNSCORED,Screening unscored,info,no,190
SCREEN_INTERVENTION,Screening: intervention,info,no,200
SCREEN_ON_WATCH,Screening: on watch,info,no,210
SCREEN_URGENT,Screening: urgent,info,no,220
TIER_INTENSIFY,Intensify,alert,no,230
', 1, 'system', CURRENT_TIMESTAMP
FROM rule_draft d
WHERE NOT EXISTS (SELECT 1 FROM rule_draft_file f WHERE f.draft_id = d.id AND f.path = 'flags.csv');
