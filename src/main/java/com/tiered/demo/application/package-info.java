/** The demo district: created on the first start of the embedded mode, so that Tiered can be tried at once. */
package com.tiered.demo.application;
