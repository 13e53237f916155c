package io.autogen.source.entity;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names, read from its constant pool without loading it: the classes it uses, the
 * types in its descriptors and generic signatures, and the classes its annotations name ({@code X.class}
 * values). More than the mapping needs, never less; and its superclass.
 */
record ClassReferences(String superclass, Set<String> names) {
    private static final Pattern DESCRIPTOR = Pattern.compile("L([^;<>\\[()]+)[;<]");

    /** @return null when the bytes are not a class file this reader understands */
    static ClassReferences of(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != 0xCAFEBABE) {
                return null;
            }
            b.getShort(); // minor
            b.getShort(); // major
            int count = b.getShort() & 0xffff;
            String[] utf8 = new String[count];
            int[] classIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = b.get() & 0xff;
                switch (tag) {
                    case 1 -> {
                        int len = b.getShort() & 0xffff;
                        byte[] text = new byte[len];
                        b.get(text);
                        utf8[i] = modifiedUtf8(text);
                    }
                    case 7 -> classIndex[i] = b.getShort() & 0xffff;
                    case 8, 16, 19, 20 -> b.getShort();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> b.getInt();
                    case 5, 6 -> {
                        b.getLong();
                        i++; // takes two slots
                    }
                    case 15 -> {
                        b.get();
                        b.getShort();
                    }
                    default -> {
                        return null;
                    }
                }
            }
            b.getShort(); // access flags
            b.getShort(); // this class
            int superIndex = b.getShort() & 0xffff;
            Set<String> names = new HashSet<>();
            for (int i = 1; i < count; i++) {
                if (classIndex[i] != 0 && utf8[classIndex[i]] != null) {
                    String n = utf8[classIndex[i]];
                    if (n.startsWith("[")) {
                        addDescriptors(n, names);
                    } else {
                        names.add(n.replace('/', '.'));
                    }
                } else if (utf8[i] != null && utf8[i].indexOf(';') > 0) {
                    addDescriptors(utf8[i], names);
                }
            }
            String superclass = superIndex == 0 ? null : utf8[classIndex[superIndex]].replace('/', '.');
            return new ClassReferences(superclass, names);
        } catch (RuntimeException e) { // truncated or malformed: the caller maps everything
            return null;
        }
    }

    private static void addDescriptors(String text, Set<String> out) {
        Matcher m = DESCRIPTOR.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replace('/', '.'));
        }
    }

    /** Class files hold names in modified UTF-8; for class names it reads as UTF-8 does. */
    private static String modifiedUtf8(byte[] text) {
        return new String(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
