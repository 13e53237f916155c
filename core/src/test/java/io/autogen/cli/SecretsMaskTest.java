package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking touches the places a secret stands, and nothing else, whatever the password's text. */
class SecretsMaskTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a password that is a word of the output: the word elsewhere stays
            "Applied f912a7fc9635 create person (85 ms)|Applied f912a7fc9635 create person (85 ms)",
            "package org.example.person.db.migrations; sb_person|package org.example.person.db.migrations; sb_person",
            "password authentication failed for user \"person\"|password authentication failed for user \"person\"",
            // every place a secret stands
            "cannot connect to jdbc:postgresql://h/person?user=person&password=person: refused"
                    + "|cannot connect to jdbc:postgresql://h/person?user=person&password=***: refused",
            "jdbc:postgresql://h/db?password=person&ssl=true|jdbc:postgresql://h/db?password=***&ssl=true",
            "FATAL: database \"test;password=person\" does not exist|FATAL: database \"test;password=***\" does not exist",
            "Unable to parse URL jdbc:postgresql://person:person@h/person|Unable to parse URL jdbc:postgresql://person:***@h/person",
            "invalid port number: person@nohost.invalid|invalid port number: ***@nohost.invalid",
            "setting hibernate.connection.password = person  [file autogen.properties]"
                    + "|setting hibernate.connection.password = ***  [file autogen.properties]",
            "spring.datasource.password=Other_1|spring.datasource.password=***",
            "api_token=abc client-secret = def sslPassword=ghi credentials=jkl"
                    + "|api_token=*** client-secret = *** sslPassword=*** credentials=***",
            // a known password holding delimiters is masked whole; an unknown one up to the delimiter
            "url=jdbc:x://h/d?password=p,ss&x=1|url=jdbc:x://h/d?password=***&x=1",
            "(password=p,ss)|(password=***)",
            "password=personal, next|password=***, next",
            "password= and nothing|password= and nothing",
    })
    void masksWhereASecretStandsOnly(String line, String expected) {
        Secrets secrets = new Secrets();
        secrets.addFrom("jdbc:postgresql://h/db?user=u&password=person");
        secrets.addFrom("jdbc:postgresql://h/db;password=p,ss");
        assertEquals(expected, secrets.mask(line));
    }
}
