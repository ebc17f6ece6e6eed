package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.identity.Role;
import org.supplieresg.identity.UserAdministration;
import org.supplieresg.identity.UserView;

/** User accounts for provisioning from another system; admin only (enforced by {@link UserAdministration}). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    /** A new account. {@code companyId} is required for, and only for, the SUPPLIER role. */
    public record NewUser(String username, String displayName, String password, Set<Role> roles, Long companyId) {
    }

    /** Roles and company of an account. */
    public record RoleAssignment(Set<Role> roles, Long companyId) {
    }

    /** A new password chosen by an admin. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record SupplierAdmin(Boolean supplierAdmin) {
    }

    public record PasswordReset(String password) {
    }

    @Inject
    UserAdministration users;

    @GET
    @Operation(summary = "All user accounts (never their password hashes)")
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Operation(summary = "Create a user account")
    public Response create(NewUser input, @Context UriInfo uri) {
        NewUser body = required(input);
        UserView created = users.create(body.username(), body.displayName(), chars(body.password()),
                body.roles() == null ? Set.of() : body.roles(), body.companyId());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @Operation(summary = "Replace the roles (and company) of an account")
    public UserView assignRoles(@PathParam("username") String username, RoleAssignment input) {
        RoleAssignment body = required(input);
        return users.assignRoles(username, body.roles() == null ? Set.of() : body.roles(), body.companyId());
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Reset the password of an account; also lifts a lockout")
    public UserView resetPassword(@PathParam("username") String username, PasswordReset input) {
        return users.resetPassword(username, chars(required(input).password()));
    }

    @PUT
    @Path("me/password")
    @Operation(summary = "Change one's own password, giving the current one", description = "Any logged-in user; required first for an invited company's login, whose first password was mailed.")
    public Response changeOwnPassword(PasswordChange input) {
        PasswordChange body = required(input);
        users.changeOwnPassword(chars(body.currentPassword()), chars(body.newPassword()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/supplier-admin")
    @Operation(summary = "Name a supplier user its company's supplier admin (may invite and assess its own suppliers), or not")
    public UserView supplierAdmin(@PathParam("username") String username, SupplierAdmin input) {
        if (required(input).supplierAdmin() == null) {
            throw new BadRequestException("Send {\"supplierAdmin\": true} or {\"supplierAdmin\": false}.");
        }
        return users.setSupplierAdmin(username, input.supplierAdmin());
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift the lockout that follows five failed logins")
    public UserView unlock(@PathParam("username") String username) {
        return users.unlock(username);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request has no body: send JSON.");
        }
        return body;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }
}
