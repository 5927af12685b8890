package com.tiered.rulebook.infrastructure.poi;

import com.tiered.rulebook.domain.TableWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every cell is written and read as text, so "02" stays a grade and "25" a cut score exactly as typed. */
@ApplicationScoped
public class PoiTableWorkbook implements TableWorkbook {

    @Override
    public byte[] write(String sheetName, List<List<String>> rows) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", "_"));
            var text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(text);
                    cell.setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The workbook could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public List<List<String>> read(InputStream xlsx) {
        try (Workbook book = new XSSFWorkbook(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The file is not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }
}
