import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;

/** In-process catalog read: median of 7 inspections after 3 warm-up ones. Usage: InspectTiming JDBC_URL */
public class InspectTiming {
    public static void main(String[] a) throws Exception {
        Dialect d = Dialects.forUrl(a[0]);
        try (Connection c = DriverManager.getConnection(a[0])) {
            long[] ms = new long[7];
            int tables = 0;
            for (int i = -3; i < ms.length; i++) {
                long t = System.nanoTime();
                tables = d.inspector().inspect(c, null).tables().size();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                }
            }
            Arrays.sort(ms);
            System.out.println(ms[ms.length / 2] + " ms for " + tables + " tables");
        }
    }
}
