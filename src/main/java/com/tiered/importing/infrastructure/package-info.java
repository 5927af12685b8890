/** Reading district files (Commons CSV, streamed) and writing them in chunks with plain JDBC. */
package com.tiered.importing.infrastructure;
