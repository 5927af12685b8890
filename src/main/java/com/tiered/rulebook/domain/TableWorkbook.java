package com.tiered.rulebook.domain;

import java.io.InputStream;
import java.util.List;

/** A rule table as a spreadsheet, for authors who prefer Excel: one sheet, one row per line of the table. */
public interface TableWorkbook {

    byte[] write(String sheetName, List<List<String>> rows);

    /**
     * The first sheet's rows as text cells.
     *
     * @throws IllegalArgumentException when the upload is not an .xlsx workbook
     */
    List<List<String>> read(InputStream xlsx);
}
