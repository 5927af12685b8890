package com.tiered.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the published OpenAPI document makes of what Payara generated. */
class PublishedOpenApiTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/imports/{id: [0-9]+}/errors | /api/imports/{id}/errors",
                "/api/rules/draft/files/{path: .+} | /api/rules/draft/files/{path}",
                "/api/x/{id : \\d{1,9}}/{name:[a-z]+} | /api/x/{id}/{name}",
                "/api/imports/{kind} | /api/imports/{kind}",
                "/api/evaluations | /api/evaluations"
            })
    void aPathTemplateLosesItsRegexAndKeepsItsName(String jaxRs, String openApi) {
        assertEquals(openApi, PublishedOpenApi.plainTemplate(jaxRs));
    }

    @ParameterizedTest
    @CsvSource({
        "http://build-host.example:8080/, /",
        "https://tiered.district.example:8181/tiered/, /tiered",
        "http://localhost:8080, /",
        "/, /"
    })
    void theServerIsTheContextPathWithoutATrailingSlash(String payara, String published) {
        assertEquals(published, PublishedOpenApi.relative(payara));
    }
}
