package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.it.pages.AccessLogPage;
import com.tiered.it.pages.SchoolPage;
import com.tiered.it.pages.Site;
import com.tiered.it.pages.StaffPage;
import com.tiered.it.pages.StudentsPage;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A principal reads their school and drills into a number; an administrator searches the access log and grants, then
 * withdraws, the rule-author permission.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolAndAccessLogBrowserIT {
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aPrincipalReadsTheTierDistributionAndDrillsDownToTheStudentsBehindANumber() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            SchoolPage school = new Site(browser, http.url("/"))
                    .signInAs("principal")
                    .openMySchool()
                    .withChart();
            assertEquals("Maple Grove Elementary", school.name());
            assertTrue(school.flags().contains("Trend below aim"));
            school.screenshot("20-school");

            // The second number of the tier table: Tier 2 in the first domain.
            String tierTwo = school.tierNumbers().get(1);
            Matcher count = Pattern.compile("(\\d+) \\(\\d+%\\)").matcher(tierTwo);
            assertTrue(count.matches(), tierTwo);
            StudentsPage behind = school.openTierNumber(1);
            String range = behind.rangeShown();
            assertTrue(range.endsWith(" of " + count.group(1)), "the drill-down lists the same students: " + range);
            behind.screenshot("21-school-drill-down");
            Hostile.policyRefusedNothing(browser, "the school page and its drill-down");
        }
    }

    @Test
    void anAdministratorSearchesTheAccessLogByUser() {
        Http http = new Http(deployed);
        http.get("/school.xhtml?school=999999", "principal");
        try (Browser browser = new Browser()) {
            AccessLogPage log =
                    new Site(browser, http.url("/")).signInAs("admin").openAccessLog();
            log.searchByUser("principal");
            log.waitForEntry("School 999999 is outside the user's schools");
            String entries = log.entries();
            assertTrue(entries.contains("REFUSED") && !entries.contains(" specialist "), entries);
            log.screenshot("22-access-log");

            assertEquals(403, http.get("/rules.xhtml", "coordinator").statusCode(), "not yet a rule author");
            StaffPage staff = log.openStaff();
            staff.grantRuleAuthoring("Casey Morgan");
            staff.said("Granted the rule-author permission to coordinator");
            staff.screenshot("23-staff");
            assertEquals(200, http.get("/rules.xhtml", "coordinator").statusCode(), "a rule author now");
            staff.withdrawRuleAuthoring("Casey Morgan");
            staff.said("Withdrew");
            assertEquals(403, http.get("/rules.xhtml", "coordinator").statusCode(), "withdrawn");
            Hostile.policyRefusedNothing(browser, "the access log and the staff page");
        }
    }
}
