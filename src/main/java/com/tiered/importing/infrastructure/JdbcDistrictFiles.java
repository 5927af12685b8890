package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.DistrictFiles;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOptions;
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

    private final ImportLimits limits;

    public JdbcDistrictFiles() {
        this.limits = ImportLimits.fromEnvironment();
    }

    public JdbcDistrictFiles(DataSource dataSource) {
        this(dataSource, ImportLimits.DEFAULTS);
    }

    public JdbcDistrictFiles(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    @Override
    public DistrictFile open(ImportKind kind, InputStream content, ImportOptions options) {
        if (kind == ImportKind.ONEROSTER) {
            return new OneRosterImporter(dataSource, limits).open(content, options);
        }
        return new CsvImporter(dataSource, LocalDate.now(), limits).open(FileKinds.of(kind), content);
    }
}
