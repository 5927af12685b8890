/** Plain JDBC for the bulk paths of evaluation: facts out of the database, decisions into it, in batches. */
package com.tiered.evaluation.infrastructure.jdbc;
