package org.attune.io;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullHostilityTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LogMapping.class, LogMapping.defaults())
        .setDefault(CsvColumns.class, CsvColumns.defaults())
        .setDefault(TableMapping.class, TableMapping.defaults())
        .setDefault(Path.class, Path.of("no-such-file.xes"))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(String.class, "x");
  }

  @Test
  void every_public_static_method_rejects_null() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(EventLogs.class, LogMapping.class, CsvColumns.class,
        Tables.class, TableMapping.class)) {
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void every_public_instance_method_rejects_null() throws Exception {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(LogMapping.defaults());
    t.testAllPublicInstanceMethods(LogMapping.builder());
    t.testAllPublicInstanceMethods(CsvColumns.defaults());
    t.testAllPublicInstanceMethods(TableMapping.defaults());
    t.testAllPublicInstanceMethods(TableMapping.builder());
    t.testAllPublicInstanceMethods(
        SurveyTableTest.read("respondent,dimension,level\na,b,0.5\n", TableMapping.defaults()));
    EventLog log = XesImportTest.read(XesImportTest.LOG, LogMapping.defaults());
    t.testAllPublicInstanceMethods(log);
    t.testAllPublicInstanceMethods(log.report());
    t.testAllPublicConstructors(ImportReport.Problem.class);
    t.testAllPublicConstructors(LogFormatException.class);
  }
}
