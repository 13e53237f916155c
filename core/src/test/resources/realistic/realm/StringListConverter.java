package realm;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A list of names stored as one comma-separated column. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {
    @Override public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    @Override public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(column.split(",")));
    }
}
