package com.tiered.importing.domain;

import java.io.InputStream;
import java.util.List;

/** Vendor files read through a mapping profile: a sample to map, a preview of the mapping, the import itself. */
public interface MappedFiles {

    /**
     * The header and at most {@code rows} rows of a CSV file, within the import limits.
     *
     * @throws FileRefused when it is empty or not a CSV file in UTF-8
     * @throws com.tiered.shared.domain.TooLarge when a field or record passes a limit
     */
    VendorSample sample(InputStream content, int rows);

    /** The sample's rows as the profile would import them, with every error that would reject one. */
    List<PreviewRow> preview(MappingProfile profile, VendorSample sample);

    /**
     * Opens a vendor's file for import through the profile: its header must have the vendor columns of every
     * required contract column.
     *
     * @throws FileRefused when the file cannot be taken at all
     */
    DistrictFile open(MappingProfile profile, InputStream content);
}
