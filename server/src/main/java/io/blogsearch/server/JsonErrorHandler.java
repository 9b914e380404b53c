package io.blogsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.api.ErrorResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line or headers too long, a malformed request: 400, 414, 431), which never
 * reach Javalin: JSON like the API's errors, with the same security headers as every other response.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders(headers);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        securityHeaders(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return body(status, reason);
    }

    private static void securityHeaders(HttpFields.Mutable headers) {
        headers.put(new HttpField("Content-Security-Policy", SearchApp.CONTENT_SECURITY_POLICY));
        headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
        headers.put(new HttpField("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    private ByteBuffer body(int status, String reason) {
        String text = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(new ErrorResponse(text, null)));
        } catch (JsonProcessingException e) {
            return ByteBuffer.wrap("{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
