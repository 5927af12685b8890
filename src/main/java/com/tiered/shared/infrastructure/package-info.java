/** What every context shares on the infrastructure side: the database, its schema and start-up. */
package com.tiered.shared.infrastructure;
