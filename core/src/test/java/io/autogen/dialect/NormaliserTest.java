package io.autogen.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.autogen.dialect.postgres.PostgresTypes;
import io.autogen.dialect.sqlite.SqliteTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTest {
    private final PostgresTypes pg = new PostgresTypes();
    private final SqliteTypes sqlite = new SqliteTypes();

    @ParameterizedTest(name = "pg type {0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "varchar(255)|character varying(255)",
            "int4|integer",
            "int|integer",
            "int8|bigint",
            "int2|smallint",
            "timestamp(6)|timestamp(6) without time zone",
            "timestamp|timestamp(6) without time zone",
            "timestamp(6) with time zone|timestamptz(6)",
            "float(53)|double precision",
            "float8|double precision",
            "float(24)|real",
            "numeric(12,2)|numeric(12, 2)",
            "decimal(12,2)|numeric(12,2)",
            "bool|boolean",
            "char(1)|character(1)",
            "bpchar|character(1)",
            "time(6)|time(6) without time zone",
            "VARCHAR(80)|varchar(80)"})
    void postgresTypeSpellingsAgree(String a, String b) {
        assertEquals(pg.normaliseType(a), pg.normaliseType(b));
    }

    @ParameterizedTest(name = "pg type {0} != {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "varchar(255)|varchar(256)",
            "integer|bigint",
            "timestamp(6)|timestamp(3)",
            "timestamp(6)|timestamptz(6)",
            "numeric(12,2)|numeric(12,3)",
            "text|varchar",
            "real|double precision"})
    void postgresTypeDifferencesStay(String a, String b) {
        assertNotEquals(pg.normaliseType(a), pg.normaliseType(b));
    }

    @ParameterizedTest(name = "pg default {0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'draft'|'draft'::character varying",
            "0|(0)",
            "now()|CURRENT_TIMESTAMP",
            "'a''b'|'a''b'::text"})
    void postgresDefaultsAgree(String a, String b) {
        assertEquals(pg.normaliseDefault(a), pg.normaliseDefault(b));
    }

    @ParameterizedTest(name = "pg check {0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "status in ('DRAFT','ON_SALE')|((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'ON_SALE'::character varying])::text[]))",
            "kind between 0 and 2|((kind >= 0) AND (kind <= 2))",
            "price > 0|(price > (0)::numeric)",
            "\"Amount\" >= 1|(\"Amount\" >= 1)"})
    void postgresChecksCompareByContent(String a, String b) {
        assertEquals(pg.normaliseCheck(a), pg.normaliseCheck(b));
    }

    @ParameterizedTest(name = "check {0} != {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "status in ('DRAFT','ON_SALE')|status in ('DRAFT','ON_SALE','SOLD_OUT')",
            "status in ('a')|status in ('A')",
            "price > 0|price >= 0"})
    void checkDifferencesStay(String a, String b) {
        assertNotEquals(pg.normaliseCheck(a), pg.normaliseCheck(b));
        assertNotEquals(sqlite.normaliseCheck(a), sqlite.normaliseCheck(b));
    }

    @ParameterizedTest(name = "sqlite type {0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "varchar(255)|VARCHAR(255)",
            "numeric(10,2)|numeric(10, 2)",
            "int|integer",
            "character varying(20)|varchar(20)"})
    void sqliteTypeSpellingsAgree(String a, String b) {
        assertEquals(sqlite.normaliseType(a), sqlite.normaliseType(b));
    }

    @ParameterizedTest(name = "sqlite type {0} != {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"varchar(255)|varchar(20)", "bigint|integer", "timestamp|text"})
    void sqliteTypeDifferencesStay(String a, String b) {
        assertNotEquals(sqlite.normaliseType(a), sqlite.normaliseType(b));
    }
}
