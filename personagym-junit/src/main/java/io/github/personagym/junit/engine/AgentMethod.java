package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** The {@link Agent} method of a test class, checked once and then called per persona. */
final class AgentMethod {

    private final Class<?> testClass;
    private final Method method;
    private Object instance;

    private AgentMethod(Class<?> testClass, Method method) {
        this.testClass = testClass;
        this.method = method;
    }

    /** Finds and checks the class's {@code @Agent} method; the message says what to fix. */
    static AgentMethod of(Class<?> testClass) {
        List<Method> methods = ReflectionSupport.findMethods(testClass,
                m -> AnnotationSupport.isAnnotated(m, Agent.class), HierarchyTraversalMode.TOP_DOWN);
        String where = testClass.getName();
        if (methods.size() != 1) {
            throw new IllegalStateException(where + " must have exactly one @Agent method returning a PersonaAgent, "
                    + "found " + methods.size() + ": " + methods.stream().map(Method::getName).toList()
                    + ". Add: @Agent static PersonaAgent agent(Persona persona) { return question -> ...; }");
        }
        Method method = methods.get(0);
        if (!PersonaAgent.class.isAssignableFrom(method.getReturnType())) {
            throw new IllegalStateException("@Agent method " + where + "." + method.getName()
                    + " must return a PersonaAgent (or a ConversationalAgent, which is one), not "
                    + method.getReturnType().getName());
        }
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length > 1 || (parameters.length == 1 && parameters[0] != Persona.class)) {
            throw new IllegalStateException("@Agent method " + where + "." + method.getName()
                    + " takes no parameter or one Persona, not " + List.of(parameters));
        }
        return new AgentMethod(testClass, method);
    }

    PersonaAgent agentFor(Persona persona) {
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instance();
        Object[] args = method.getParameterCount() == 0 ? new Object[0] : new Object[] {persona};
        Object agent = ReflectionSupport.invokeMethod(method, target, args);
        if (agent == null) {
            throw new IllegalStateException("@Agent method " + testClass.getName() + "." + method.getName()
                    + " returned null for persona '" + persona.id() + "'");
        }
        return (PersonaAgent) agent;
    }

    private synchronized Object instance() {
        if (instance == null) {
            instance = ReflectionSupport.newInstance(testClass);
        }
        return instance;
    }
}
