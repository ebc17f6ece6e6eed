package org.supplieresg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Against the running application (started by {@code bench/upload-benchmark.sh}): 200 uploads of 5 MB PDF files
 * through {@code POST /api/suppliers/{id}/evidence}, 8 at a time, compared with a plain copy of the same bytes to the
 * same disk (8 threads, each file forced to disk, as the server does). Prints both throughputs, their ratio and the
 * server's heap (MicroProfile Metrics) during the uploads. Not a test.
 *
 * <p>Arguments: application URL, a directory on the disk the server stores evidence on.
 */
public final class UploadBenchmark {

    private static final int FILES = 200;
    private static final int SIZE = 5 * 1024 * 1024;
    private static final int PARALLEL = 8;
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)");

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI application = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        Path copyDirectory = Path.of(args.length > 1 ? args[1] : "ear/target/bench-copy");
        Files.createDirectories(copyDirectory);
        String supplier = "Basic " + Base64.getEncoder().encodeToString("supplier:demo".getBytes(StandardCharsets.UTF_8));
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        byte[][] files = new byte[FILES][];
        for (int i = 0; i < FILES; i++) {
            files[i] = file(i);
        }
        // warm-up: a few uploads so that the first timed ones do not pay for class loading
        for (int i = 0; i < 5; i++) {
            upload(http, application, supplier, file(-1 - i));
        }
        long heapBefore = heap(http, application, admin);

        AtomicLong peakHeap = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peakHeap.accumulateAndGet(heap(http, application, admin), Math::max);
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // keep sampling
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long uploadNanos = parallel(i -> upload(http, application, supplier, files[i]));
        sampler.interrupt();
        long heapAfter = heap(http, application, admin);

        long copyNanos = parallel(i -> copy(copyDirectory.resolve("copy-" + i + ".pdf"), files[i]));
        try (var copies = Files.list(copyDirectory)) {
            for (Path f : (Iterable<Path>) copies::iterator) {
                Files.delete(f);
            }
        }

        double megabytes = (double) FILES * SIZE / (1024 * 1024);
        double uploadRate = megabytes / (uploadNanos / 1e9);
        double copyRate = megabytes / (copyNanos / 1e9);
        System.out.printf("%d uploads of 5 MB through POST /api/suppliers/1/evidence, %d at a time: %.1f s, %.0f MB/s%n",
                FILES, PARALLEL, uploadNanos / 1e9, uploadRate);
        System.out.printf("plain copy of the same bytes to the same disk, %d at a time, each forced to disk: %.1f s, %.0f MB/s%n",
                PARALLEL, copyNanos / 1e9, copyRate);
        System.out.printf("throughput ratio upload / copy: %.2f%n", uploadRate / copyRate);
        System.out.printf("server heap in use: %d MB before, %d MB at the peak while uploading, %d MB after%n",
                heapBefore >> 20, peakHeap.get() >> 20, heapAfter >> 20);
    }

    interface Job {
        void run(int i) throws Exception;
    }

    private static long parallel(Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    job.run(n);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    /** A distinct 5 MB file that passes for a PDF: header, random body, end marker. */
    private static byte[] file(int seed) {
        byte[] bytes = new byte[SIZE];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n% ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        return bytes;
    }

    private static void upload(HttpClient http, URI application, String authorization, byte[] file) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(application.resolve(
                        "api/suppliers/1/evidence?fileName=measurements.pdf&kind=MEASUREMENT"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", authorization).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void copy(Path target, byte[] file) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(file);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static long heap(HttpClient http, URI application, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(application.resolve("metrics?scope=base"))
                .header("Authorization", authorization).header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = USED_HEAP.matcher(metrics.body());
        if (!m.find()) {
            throw new IllegalStateException("no used-heap metric in " + metrics.statusCode() + ": "
                    + metrics.body().substring(0, Math.min(300, metrics.body().length())));
        }
        return (long) Double.parseDouble(m.group(1));
    }
}
