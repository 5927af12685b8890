package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.infrastructure.OneRosterManifest.Mode;
import com.tiered.importing.infrastructure.OneRosterManifest.Version;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** manifest.csv: the version told apart, each file bulk, delta or absent, and a bad row named by line and field. */
class OneRosterManifestTest {
    private static final Set<String> USERS_AND_ORGS = Set.of("manifest.csv", "orgs.csv", "users.csv");
    private static final String HEAD = "propertyName,value\nmanifest.version,1.0\n";

    @ParameterizedTest
    @CsvSource({"1.0,V1_0", "1.1,V1_1", "1.2,V1_2"})
    void theThreeVersionsAreToldApart(String text, Version expected) {
        Set<String> files = expected == Version.V1_2
                ? Set.of("manifest.csv", "orgs.csv", "users.csv", "roles.csv")
                : USERS_AND_ORGS;
        OneRosterManifest manifest = read(HEAD + "oneroster.version," + text + "\n", files);
        assertEquals(expected, manifest.version());
        assertTrue(manifest.present());
        assertEquals(expected == Version.V1_2, manifest.reads("roles.csv"), "roles.csv is read in 1.2 only");
    }

    @Test
    void eachFileIsBulkDeltaOrAbsentAsTheManifestSaysInAnyCase() {
        OneRosterManifest manifest = read(
                HEAD + "oneroster.version,1.1\nfile.academicSessions,absent\nfile.orgs,DELTA\nfile.users,Bulk\n"
                        + "file.roles,absent\nsource.systemName,Some SIS\n",
                USERS_AND_ORGS);
        assertEquals(Mode.BULK, manifest.mode("users.csv"));
        assertEquals(Mode.DELTA, manifest.mode("orgs.csv"));
        assertEquals(Mode.ABSENT, manifest.mode("roles.csv"));
        assertTrue(manifest.saysAbsent("roles.csv"));
        assertFalse(manifest.reads("roles.csv"));
    }

    @Test
    void aFileTheManifestDoesNotNameIsADeltaWhenTheBundleHoldsIt() {
        OneRosterManifest manifest = read(HEAD + "oneroster.version,1.1\nfile.users,bulk\n", USERS_AND_ORGS);
        assertEquals(Mode.DELTA, manifest.mode("orgs.csv"));
        assertEquals(Mode.ABSENT, manifest.mode("roles.csv"));
        assertFalse(manifest.saysAbsent("roles.csv"), "absent because the bundle lacks it, not said");
    }

    @Test
    void aBundleWithoutAManifestIsRefusedWhole() {
        FileRefused refused = assertThrows(
                FileRefused.class,
                () -> OneRosterManifest.read(null, Set.of("orgs.csv", "users.csv"), ImportLimits.DEFAULTS));
        assertEquals("The OneRoster bundle must be a zip with manifest.csv and users.csv", refused.getMessage());
    }

    @Test
    void aManifestWithoutAVersionIsReadAsBeforeWithAWarning() {
        OneRosterManifest manifest = read(HEAD, Set.of("manifest.csv", "users.csv"));
        assertEquals(Version.V1_1, manifest.version());
        ImportReport report = new ImportReport("oneroster");
        manifest.describe(report);
        assertTrue(report.warnings().get(0).message().contains("no oneroster.version"));
    }

    @Test
    void rolesCsvInA11BundleIsNotReadAndTheReportSaysSo() {
        OneRosterManifest manifest =
                read(HEAD + "oneroster.version,1.1\n", Set.of("manifest.csv", "users.csv", "roles.csv"));
        assertFalse(manifest.reads("roles.csv"));
        ImportReport report = new ImportReport("oneroster");
        manifest.describe(report);
        assertTrue(report.warnings().get(0).message().contains("roles.csv is not part of OneRoster 1.1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an unknown version|oneroster.version,1.3|manifest.csv line 3, oneroster.version: '1.3' is not a"
                        + " OneRoster version Tiered reads (1.0, 1.1 or 1.2)",
                "a mode other than three|file.users,full|manifest.csv line 3, file.users: 'full' is not bulk, delta"
                        + " or absent",
                "an empty mode|file.users,|manifest.csv line 3, file.users: '' is not bulk, delta or absent",
                "a bulk file the bundle lacks|file.roles,bulk|manifest.csv line 3, file.roles: bulk, but the bundle"
                        + " holds no roles.csv",
                "an absent file the bundle holds|file.orgs,absent|manifest.csv line 3, file.orgs: absent, but the"
                        + " bundle holds orgs.csv",
                "a value without a property|',1.1'|manifest.csv line 3, propertyName: a value ('1.1') without a"
                        + " property",
                "a property twice|manifest.version,1.0|manifest.csv line 3, manifest.version: given a second time"
                        + " (first on line 2)",
                "too many fields|file.users,bulk,extra|manifest.csv line 3, file.users: the row has 3 fields but the"
                        + " header has 2",
            })
    void aBadRowRefusesTheBundleNamingItsLineFieldAndReason(String what, String row, String message) {
        FileRefused refused =
                assertThrows(FileRefused.class, () -> read(HEAD + row.replace("\\n", "\n") + "\n", USERS_AND_ORGS));
        assertEquals(message + "; nothing was imported", refused.getMessage(), what);
    }

    @Test
    void aManifestWithoutItsColumnsIsRefused() {
        FileRefused refused =
                assertThrows(FileRefused.class, () -> read("propertyName\noneroster.version\n", USERS_AND_ORGS));
        assertTrue(refused.getMessage().contains("manifest.csv lacks the required column value"), refused.getMessage());
    }

    private static OneRosterManifest read(String manifest, Set<String> files) {
        return OneRosterManifest.read(
                new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8)), files, ImportLimits.DEFAULTS);
    }
}
