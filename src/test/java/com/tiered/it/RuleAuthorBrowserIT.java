package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.it.pages.DraftPage;
import com.tiered.it.pages.RulesPage;
import com.tiered.it.pages.Site;
import com.tiered.it.pages.StudentPage;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A specialist with the rule-author permission, on the demo district: a broken and an unsafe edit are refused with
 * the file, line and reason while the live rules keep serving; then the Tier 2 percentile cut goes from 25 to 30 in
 * the decision table (and the scenario at 25 with it), the preview lists who would move, the draft goes live, a moved
 * student's tier changes, the diff shows the cells, and the earlier version is made live again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuleAuthorBrowserIT {
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aSpecialistChangesTheTierTwoCutPreviewsItGoesLiveAndRollsBack() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            RulesPage rules = site.signInAs("specialist").openRules();
            String original = rules.liveHash();
            rules.screenshot("30-rules");

            DraftPage draft = rules.editTheDraft();
            draft.openFile("cadence.drl");
            String cadence = draft.text();
            int lines = cadence.split("\n", -1).length;
            refusedWith(draft, cadence + "\nrule \"Half written\"\nwhen\n    Student(\nthen\nend\n", "cadence.drl:");
            refusedWith(
                    draft,
                    cadence + "\nrule \"Leave\"\nwhen\nthen\n    System.exit(0);\nend\n",
                    "cadence.drl:" + (lines + 4));
            assertTrue(draft.problems().contains("System"), "the reason names what is not allowed");
            draft.screenshot("31-unsafe-refused");
            draft.replaceText(cadence);
            draft.save();
            assertEquals(original, liveHash(http), "the live rules kept serving");

            draft.openFile("screening-percentile-bands.drl.csv");
            assertEquals("25", draft.cells().get(6), "intervention: below 25");
            draft.typeInCell(6, "30");
            draft.typeInCell(9, "30");
            draft.save();
            draft.openFile("scenarios/screening.csv");
            draft.typeInRow(
                    "Percentile 25 is on watch",
                    Map.of(0, "Percentile 25 is intervention", 9, "READING:2:SCREEN_INTERVENTION"));
            draft.save();
            draft.check();
            draft.said("passes every scenario");

            draft.preview();
            DraftPage.Change first = draft.firstChange();
            assertEquals("1 → 2", first.move(), "a student at percentile 25 to 29 moves from Tier 1 to Tier 2");
            assertTrue(draft.perSchool().contains("Maple Grove Elementary"), "counted per school");
            draft.screenshot("32-preview");

            rules = draft.goLive("Tier 2 cut from percentile 25 to 30");
            rules.said("The draft is live");
            String changed = rules.liveHash();
            assertNotEquals(original, changed, "a new version is live");
            StudentPage moved = site.studentEvaluatedWith(first.student(), changed);
            assertTrue(moved.decisions().contains(first.domain() + " — Tier 2"), moved.decisions());
            moved.screenshot("33-student-moved");

            rules = site.rules();
            String diff = rules.compare();
            assertTrue(
                    diff.contains("screening-percentile-bands.drl.csv")
                            && diff.contains("Below percentile")
                            && diff.contains("25")
                            && diff.contains("30"),
                    diff);
            rules.screenshot("34-diff");

            rules = rules.rollBackTo(1, "Back to 25 until the spring");
            rules.said("is live again");
            assertEquals(original, rules.liveHash());
            StudentPage back = site.studentEvaluatedWith(first.student(), original);
            assertTrue(back.decisions().contains(first.domain() + " — Tier 1"), back.decisions());
            Hostile.policyRefusedNothing(browser, "the rules, the draft editor and its preview");
        }
        String log =
                http.get("/admin/access-log.xhtml?user=specialist", "admin").body();
        assertTrue(
                log.contains("Tier 2 cut from percentile 25 to 30") && log.contains("Back to 25 until the spring"),
                "going live and rolling back are in the access log with their comments");
    }

    /** Saves the text into the draft and checks it: refused, with a problem naming {@code where}. */
    private static void refusedWith(DraftPage draft, String text, String where) {
        draft.replaceText(text);
        draft.save();
        draft.check();
        draft.said("is refused");
        String problems = draft.problems();
        assertTrue(problems.contains(where), where + " in " + problems);
    }

    private static String liveHash(Http http) {
        return Http.json(http.get("/api/rules", "admin"))
                .getJsonArray("versions")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(v -> v.getBoolean("active"))
                .findFirst()
                .orElseThrow()
                .getString("version");
    }
}
