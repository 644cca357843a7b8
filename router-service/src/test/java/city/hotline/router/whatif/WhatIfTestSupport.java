package city.hotline.router.whatif;

import city.hotline.router.RouterTestSupport;
import city.hotline.router.rulebase.RulebaseReleases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What-if tests: tickets decided by the live router and in the audit store, then tried again with a candidate. */
abstract class WhatIfTestSupport extends RouterTestSupport {

    static final String NIGHT_WORK_TO_URBAN = "TI001,工地夜间施工,噪声扰民类,110→12345,12345,,URBAN_MGMT,";
    static final String NIGHT_WORK_TO_HOUSING = NIGHT_WORK_TO_URBAN.replace("URBAN_MGMT", "HOUSING");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RulebaseReleases releases;

    /** The catalogue serving now (the shipped one, unless a test left another live). */
    String liveCatalogue() {
        return releases.served().catalogue().content();
    }

    /** Submits a call and waits until the audit store has the router's decision; the text gets a unique marker. */
    String submitDecided(String text) {
        String ticketId = submit("""
                {"channel":"call","text":"%s #试算%s"}""".formatted(text, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM decision WHERE ticket_id = ? AND source = '/hotline/router'")
                .param(ticketId).query(Long.class).single() == 1);
        return ticketId;
    }

    HttpResponse<String> whatIf(String query, String contentType, String body, Account account) {
        return post("/api/v1/supervision/whatif?" + query, contentType, body, account);
    }

    /** Runs a what-if that must succeed, and returns its result. */
    JsonNode whatIfCatalogue(String csv) {
        HttpResponse<String> response = whatIf("days=1&kind=catalogue", "text/csv", csv, Account.SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    JsonNode json(HttpResponse<String> response) {
        return codec.mapper().readTree(response.body());
    }

    /** The examples of the given tickets, in no particular order. */
    static List<JsonNode> examplesOf(JsonNode run, List<String> ticketIds) {
        return StreamSupport.stream(run.get("examples").spliterator(), false)
                .filter(example -> ticketIds.contains(example.get("ticketId").asString()))
                .toList();
    }

    String liveVersion() {
        return json(get("/api/v1/admin/rulebase")).get("version").asString();
    }

    void awaitLiveVersion(String version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> liveVersion().equals(version));
    }
}
