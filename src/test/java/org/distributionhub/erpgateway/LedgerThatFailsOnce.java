package org.distributionhub.erpgateway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingStatus;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Makes storing SENT fail once for the armed business keys, as if the hub died right after the ERP's answer: the ERP
 * applied the posting while the ledger still holds it in flight. Imported by the tests that need it.
 */
public class LedgerThatFailsOnce implements BeanPostProcessor {

	public static final Set<String> MARK_SENT_FAILS_FOR = ConcurrentHashMap.newKeySet();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof PostingLedger ledger)) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { PostingLedger.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("update") && arguments[0] instanceof Posting posting
							&& posting.status() == PostingStatus.SENT
							&& MARK_SENT_FAILS_FOR.remove(posting.businessKey())) {
						throw new TransientDataAccessResourceException("The database went away");
					}
					try {
						return method.invoke(ledger, arguments);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
