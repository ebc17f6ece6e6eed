package org.supplieresg.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.supplieresg.identity.Authenticator;
import org.supplieresg.identity.Role;

/** The database identity store: accounts and PBKDF2 hashes in PostgreSQL, checked by {@link Authenticator}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
