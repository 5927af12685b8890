package com.tiered.rulebook.infrastructure.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSetDiff.Tables;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PoiTableWorkbookTest {
    private final PoiTableWorkbook workbooks = new PoiTableWorkbook();

    @Test
    void everyShippedTableComesBackFromExcelAsTheSameFile() {
        for (RuleFile f : RuleFilesOnDisk.shipped().files()) {
            if (f.path().endsWith(".csv")) {
                byte[] xlsx = workbooks.write(f.path(), Tables.parse(f.content()));
                assertEquals(f.content(), Tables.write(workbooks.read(new ByteArrayInputStream(xlsx))), f.path());
            }
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> workbooks.read(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(true, e.getMessage().startsWith("The file is not an Excel workbook (.xlsx)"));
    }
}
