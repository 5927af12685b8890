/** Value types every context shares: identifiers of domains and measures, grades. */
package com.tiered.shared.domain;
