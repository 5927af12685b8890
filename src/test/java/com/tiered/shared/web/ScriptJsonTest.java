package com.tiered.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    private static final String TYPED = "</script><!-- <script>x=1</script> & \u2028\u2029 \"quoted\" \\ é";

    @Test
    void noCharacterThatEndsAScriptElementOrAStatementIsLeftAndTheJsonReadsBackTheSame() {
        JsonObject json = Json.createObjectBuilder()
                .add("label", TYPED)
                .add("data", Json.createArrayBuilder().add(1.5).add(TYPED))
                .build();
        String safe = ScriptJson.of(json);
        assertTrue(safe.chars().noneMatch(c -> "<>&\u2028\u2029".indexOf(c) >= 0), safe);
        assertEquals(json, Json.createReader(new StringReader(safe)).readObject());
    }

    @Test
    void plainJsonIsLeftAsItIs() {
        JsonObject json =
                Json.createObjectBuilder().add("type", "bar").add("x", 2).build();
        assertEquals(json.toString(), ScriptJson.of(json));
    }
}
