package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFiles;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.LocalDate;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcDistrictFiles implements DistrictFiles {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcDistrictFiles() {}

    public JdbcDistrictFiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ImportOutcome importCsv(ImportKind kind, InputStream csv) {
        return new CsvImporter(dataSource, LocalDate.now()).run(FileKinds.of(kind), csv);
    }

    @Override
    public ImportOutcome importOneRoster(InputStream zip) {
        return new OneRosterImporter(dataSource).run(zip);
    }
}
