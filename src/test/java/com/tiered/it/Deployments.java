package com.tiered.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made (target/tiered.war), deployed as it is: the tests try what ships. */
final class Deployments {
    private Deployments() {}

    static WebArchive builtWar() {
        File war = new File(System.getProperty("tiered.war", "target/tiered.war"));
        return ShrinkWrap.create(ZipImporter.class, "tiered.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
