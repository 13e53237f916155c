package realm;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Duration;

/** A lifespan stored as whole seconds. */
@Converter
public class DurationSecondsConverter implements AttributeConverter<Duration, Long> {
    @Override public Long convertToDatabaseColumn(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    @Override public Duration convertToEntityAttribute(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
