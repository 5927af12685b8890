/** Rule tables as .xlsx workbooks, through Apache POI (which the decision-table compiler brings along). */
package com.tiered.rulebook.infrastructure.poi;
